# English corpus pages 34-38: context-only Suzhou (Anhui), an HTML page that is mostly
# chrome, one with no chrome at all, article lines that look like chrome, and two more
# hard negatives.
DOCS = [
dict(name="en-34-suzhou-internet-nursing-html", fmt="html",
labels=dict(kind="policy", tags=["digital-health", "elderly-care"], published="2024-05-16", regions=["341300"], source="Municipal Health Commission"),
page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Suzhou pilots "Internet + nursing services" for bedridden elderly people</title>
<meta name="pubdate" content="2024-05-16 09:08">
</head>
<body>
<div class="hd">
<a data-g="c">News</a>
<a data-g="c">Government</a>
<a data-g="c">Services</a>
<a data-g="c">Interaction</a>
</div>
<div class="position" data-g="c">Your position: Home &gt; News &gt; Departmental News</div>
<h1 data-g="t">Suzhou pilots "Internet + nursing services" for bedridden elderly people</h1>
<div class="attr" data-g="c">2024-05-16 09:08 Municipal Health Commission</div>
<div class="article">
<p data-g="b">Bedridden elderly people in Yongqiao District, Dangshan County and Xiao County can now order nursing services at home through a mobile phone, as Suzhou pilots "Internet + nursing services" at six public hospitals.</p>
<p data-g="b">Families can book services such as injections, changing of urinary catheters, wound care and rehabilitation guidance on the hospitals' online platforms. Nurses with more than five years of experience are sent to the patient's home after an online assessment, and the visit is recorded by a positioning device to protect the safety of nurses.</p>
<p data-g="b">The Municipal Health Commission said the pilot responds to the needs of disabled and semi-disabled elderly people, whose number exceeds 60,000 in the city. Fees are set according to the provincial price guidelines, and some items are covered by long-term care insurance in Yongqiao District.</p>
<p data-g="b">The city plans to extend the pilot to all second-level and above public hospitals in northern Anhui's largest agricultural city by the end of next year.</p>
</div>
<div class="fx" data-g="c">Share:</div>
<div class="fot">
<p data-g="c">Sponsor: Suzhou Municipal People's Government Office</p>
<p data-g="c">皖ICP备06013298号  皖公网安备34130202000001号</p>
</div>
</body>
</html>
"""),

dict(name="en-35-guangdong-public-health-subsidy-mostly-chrome-html", fmt="html",
labels=dict(kind="policy", tags=["public-health", "primary-care"], published="2023-07-21", regions=["440000"], source="Guangdong Today"),
page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Guangdong raises per capita subsidy for basic public health services to 94 yuan - Guangdong Today</title>
<meta name="publishdate" content="2023-07-21">
<script src="/js/jquery.js"></script>
<script src="/js/menu.js"></script>
</head>
<body>
<div class="bar">
<a data-g="c">Login</a>
<a data-g="c">Register</a>
<a data-g="c">Mobile</a>
<a data-g="c">RSS</a>
<a data-g="c">中文版</a>
</div>
<div class="nav">
<a data-g="c">Home</a>
<a data-g="c">Guangdong</a>
<a data-g="c">Guangzhou</a>
<a data-g="c">Shenzhen</a>
<a data-g="c">Greater Bay Area</a>
<a data-g="c">Business</a>
<a data-g="c">Culture</a>
<a data-g="c">Travel</a>
<a data-g="c">Sports</a>
<a data-g="c">Photos</a>
<a data-g="c">Video</a>
<a data-g="c">Opinion</a>
</div>
<div class="crumbs" data-g="c">Home » Guangdong » Society</div>
<h1 data-g="t">Guangdong raises per capita subsidy for basic public health services to 94 yuan</h1>
<div class="info" data-g="c">Source: Guangdong Today | 2023-07-21</div>
<p data-g="b">Guangdong will raise the per capita financial subsidy for basic public health services to 94 yuan this year, with the new funds used mainly for the health management of the elderly, children and patients with hypertension and diabetes, the provincial health commission and finance department said in a joint notice.</p>
<div class="tools" data-g="c">Print | Close | Favorites</div>
<div class="block">
<h3 data-g="c">Latest News</h3>
<ul>
<li data-g="c">Guangzhou-Zhuhai intercity railway adds weekend trains</li>
<li data-g="c">Shenzhen to host Greater Bay Area design week in November</li>
<li data-g="c">Foshan lion dance troupe wins international competition</li>
<li data-g="c">Guangdong issues orange rainstorm warning for coastal cities</li>
<li data-g="c">Zhuhai airport passenger traffic recovers to pre-pandemic level</li>
</ul>
</div>
<div class="block">
<h3 data-g="c">Photos</h3>
<ul>
<li data-g="c">Lychee harvest in Maoming</li>
<li data-g="c">Night view of the Canton Tower</li>
</ul>
</div>
<div class="block">
<h3 data-g="c">Special Reports</h3>
<ul>
<li data-g="c">Greater Bay Area: Five years on</li>
<li data-g="c">High-quality development in Guangdong</li>
</ul>
</div>
<div class="links" data-g="c">Friendly links: Guangdong Provincial People's Government | Guangzhou Daily | Southern Daily | Shenzhen Daily</div>
<div class="foot">
<p data-g="c">About Us | Contact Us | Join Us | Site Map</p>
<p data-g="c">Guangdong Today All Rights Reserved. Reproduction without permission is prohibited.</p>
<p data-g="c">粤ICP备08012345号  Internet News Information Service License No. 44120180001</p>
</div>
</body>
</html>
"""),

dict(name="en-36-commercial-medical-insurance-ad-no-chrome-html", fmt="html",
labels=dict(kind="marketing", tags=[], regions=[]),
page="""
<html>
<head><meta charset="utf-8"><title>Million-yuan medical cover from 199 yuan a year</title></head>
<body>
<h1 data-g="t">Million-yuan medical cover from 199 yuan a year</h1>
<p data-g="b">Kangning Life's new "Anxin Medical Plus" plan pays up to 3 million yuan a year for hospital treatment, with premiums starting at 199 yuan a year for adults aged 18 to 30.</p>
<p data-g="b">The plan covers expenses that basic medical insurance does not reimburse, including imported cancer drugs and proton therapy, after a deductible of 10,000 yuan. Applicants with hypertension or diabetes under control can also enrol.</p>
<p data-g="b">Buy online in three minutes with no medical examination. Enrol before June 30 and get a free annual health check-up at partner hospitals.</p>
</body>
</html>
"""),

dict(name="en-37-wuxi-hpv-vaccination", fmt="txt",
labels=dict(kind="policy", tags=["maternal-child", "public-health"], published="2023-09-01", regions=["320200"], source="Municipal Health Commission"),
page="""
C|Wuxi Municipal People's Government
C|Home / Government Information / Health
T|Wuxi offers free HPV vaccination to girls in their first year of junior high school
C|Release Time: 2023-09-01 16:40  Source: Municipal Health Commission
|
B|From September, girls in their first year of junior high school in Wuxi who have household registration in the city or attend school in the city can receive two doses of domestically produced bivalent HPV vaccine free of charge, the Wuxi Municipal Health Commission announced.
|
B|Vaccination will be carried out at community health service centers and township health centers near the schools, and parents must sign an informed consent form. Girls who miss the school-organized vaccination can get the free doses before their 15th birthday.
|
B|The measure is part of the city's action plan to accelerate the elimination of cervical cancer. Wuxi will also offer free cervical cancer screening every three years to women aged 35 to 64.
|
B|For more information, call the 12345 government service hotline or follow the "Healthy Wuxi" WeChat account.
|
C|Scan with WeChat to share this page
C|Print  Close
C|Wuxi Municipal People's Government Office  Website identification code: 3202000001  苏ICP备05004342号
"""),

dict(name="en-38-lishui-private-care-home-advert", fmt="txt",
labels=dict(kind="marketing", tags=[], published="2024-04-10", regions=["331100"]),
page="""
C|Lishui Life Network > Elderly Care > Business Information
T|Sunshine Elderly Care Home in Lishui opens new wing and offers seven-day trial stays
C|Date: 2024.04.10  Clicks: 512
B|Sunshine Elderly Care Home, a private care home in Liandu District of Lishui, has opened a new wing with 120 beds, offering single and double rooms with views of the Oujiang River.
B|The home has an on-site clinic staffed by doctors and nurses 24 hours a day, combining medical care and elderly care, and long-term care insurance is accepted for eligible residents. Meals are designed by a nutritionist for residents with high blood pressure and diabetes.
B|During April, new residents can enjoy a seven-day trial stay for 699 yuan including meals and a health assessment. Monthly fees start at 3,800 yuan.
B|Address: 88 Binjiang Road, Liandu District. Reservation hotline: 0578-220-8888.
C|Statement: The above information is released by the merchant, and this website is not responsible for its authenticity.
"""),
]
