# English corpus pages 01-08: Chinese city sites and portals in (machine-translated) English.
DOCS = [
dict(name="en-01-suzhou-tcm-promotion-meeting", fmt="txt",
labels=dict(kind="policy", tags=["tcm", "healthy-city"], regions=["320500"]),
page="""
C|Welcome to follow the official Suzhou release WeChat: suzhoufabu2500 (WeChat)
|
T|Suzhou held the inheritance and innovation promotion meeting of traditional Chinese medicine to build a strong city of TCM in Health Suzhou
|
B|  Yesterday (March 19), the city held the promotion meeting of inheritance and innovation development of traditional Chinese medicine, to implement the spirit of the national and provincial TCM work conference, and deploy the construction of a strong city of traditional Chinese medicine in the new era. Vice Mayor Ji Qing attended and delivered a speech.
|
B|  The meeting pointed out that Suzhou is the birthplace of the Wu Medical School, and the city has 2 national TCM clinical research bases and 14 provincial famous TCM doctors studios. In recent years, the city insisted on paying equal attention to Chinese and Western medicine, and the service capacity of TCM health and health has been continuously improved.The coverage of TCM services in community health service centers and township health centers reached 100%.
|
B|  The meeting requested that all regions and departments should improve the TCM service network, promote the construction of the Wu Medical School inheritance studio, and strengthen the training of TCM talents. It is necessary to give play to the unique role of TCM in the prevention and treatment of chronic diseases and rehabilitation, and integrate TCM into the whole process of Healthy Suzhou construction, so that citizens can enjoy convenient and high -quality TCM services at the door of their homes.
|
B|  At the meeting, the Municipal Health and Health Commission interpreted the "Implementation Opinions on Accelerating the Inheritance and Innovation Development of Traditional Chinese Medicine in Suzhou", and Kunshan City, Wujiang District and Suzhou TCM Hospital made exchange speeches.
|
C|You May Also Like
|
C|The city's first batch of smart health stations were put into use in Gusu District
|
C|Suzhou issued the action plan for improving the quality of nursing services
|
C|More From Author
"""),

dict(name="en-02-suzhou-anhui-village-doctors", fmt="txt",
labels=dict(kind="policy", tags=["primary-care", "health-workforce"], published="2023-06-14", regions=["341300"], source="Anhui Daily English Channel"),
page="""
C|Home > News Center > Local News
T|Suzhou, Anhui: 1,200 rural doctors receive targeted training to strengthen the village health network
C|Source: Anhui Daily English Channel Time: 2023-06-14 09:30 Views: 1862
C|【Font size: large medium small】 【Print】 【Close】
B|In order to solve the shortage of talents in village clinics, the Suzhou Municipal Health Commission of Anhui Province recently launched the "Village Doctor Capacity Improvement Project". This year, 1,200 rural doctors from Yongqiao District, Dangshan County, Xiao County, Lingbi County and Si County will receive free targeted training in batches.
B|The training focuses on the diagnosis and treatment of common diseases, the management of hypertension and diabetes, the contract services of family doctors and the rational use of drugs. Trainees will study for three months in county hospitals and then return to their villages, and the county medical community will send doctors to the village clinics every week to give guidance.
B|At the same time, Suzhou will improve the salary and old-age security of village doctors. Village doctors who have worked for more than 10 years and obtained the practicing assistant physician qualification can be recruited into the township health center, and the subsidy for basic public health services will be raised by 15 yuan per person.
B|The person in charge of the Municipal Health Commission said that by the end of 2025, each village clinic in the city will have at least one village doctor with the qualification of practicing assistant physician or above, so that the masses can see a doctor without leaving the village.
C|Editor: Wang Lei
C|Previous: Huaibei carries out free screening of cervical cancer for rural women
C|Next: Bengbu medical insurance fund supervision special action achieved results
"""),

dict(name="en-03-changzhou-family-doctor-html", fmt="html",
labels=dict(kind="policy", tags=["primary-care"], published="2023-11-22", regions=["320400"], source="Changzhou Daily"),
page="""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Changzhou expands family doctor contract services to 1.6 million residents - Changzhou, China</title>
<meta name="keywords" content="Changzhou, family doctor, health">
<meta name="PubDate" content="2023-11-22 16:05">
<link rel="stylesheet" href="/css/en_style.css">
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script>var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); hm.src = "https://hm.example.com/hm.js?ab12"; })();</script>
</head>
<body>
<div class="top">
  <div class="lang"><a href="/" data-g="c">Home</a> | <a href="http://www.changzhou.gov.cn" data-g="c">Simplified Chinese</a> | <a href="/jp" data-g="c">Japanese</a> | <a href="/kr" data-g="c">Korean</a></div>
  <ul class="nav">
    <li data-g="c"><a href="/about">About Changzhou</a></li>
    <li data-g="c"><a href="/mailbox">Mayor's Mailbox</a></li>
    <li data-g="c"><a href="/bulletin">Government Bulletin</a></li>
    <li data-g="c"><a href="/news">Latest News</a></li>
    <li data-g="c"><a href="/laws">Laws and Regulations</a></li>
  </ul>
</div>
<div class="location" data-g="c">Location: <a href="/">Home</a> &gt; <a href="/news">Latest News</a> &gt; Health</div>
<div class="main">
  <div class="article">
    <h1 data-g="t">Changzhou expands family doctor contract services to 1.6 million residents</h1>
    <div class="info" data-g="c">Date: 2023-11-22 Source: Changzhou Daily</div>
    <div class="fontsize" data-g="c">Font:〖L M S〗</div>
    <div class="content">
      <p data-g="b">Changzhou has signed family doctor contracts with more than 1.6 million residents, covering 42 percent of the permanent population, the Changzhou Health Commission announced on November 21.</p>
      <p data-g="b">Under the city's new service package, contracted residents with hypertension or diabetes receive at least four follow-up visits a year, priority referrals to specialists at the city's grade-A hospitals, and long-term prescriptions of up to 12 weeks at community health service centers.</p>
      <p data-g="b">The city has also formed 860 family doctor teams, each made up of a general practitioner, a nurse and a public health worker. Elderly residents over 65, pregnant women, children and people with disabilities are given priority when signing up.</p>
      <p data-g="b">"The family doctor is the gatekeeper of residents' health," said an official with the commission. "We want every family to have a doctor they know and trust." The commission plans to raise the contract rate for key groups to 75 percent by the end of 2024.</p>
    </div>
    <div class="share" data-g="c">Share to: WeChat Weibo QQ</div>
  </div>
  <div class="side">
    <h3 data-g="c">Hot Topics</h3>
    <ul>
      <li data-g="c"><a href="/a/1">Changzhou launches 2023 Dinosaur Park winter season</a></li>
      <li data-g="c"><a href="/a/2">Foreign investors tour Changzhou new energy industrial park</a></li>
      <li data-g="c"><a href="/a/3">Changzhou ranks among top 10 cities for business environment</a></li>
    </ul>
  </div>
</div>
<div class="footer">
  <p data-g="c">Sponsored by: General Office and Foreign Affairs Office of Changzhou Municipal People's Government All rights reserved</p>
  <p data-g="c">苏公网安备32041102000483号 网站标识码:3204000002 苏ICP备05003616号 Technical Support Phone:0519-85685023</p>
  <p data-g="c">Best viewed in IE 6.0 browser with and above 1024*768 resolution.</p>
</div>
<script src="/js/stat.js"></script>
</body>
</html>
"""),

dict(name="en-04-chengdu-medical-insurance-code", fmt="txt",
labels=dict(kind="policy", tags=["medical-insurance", "digital-health"], published="2022-08-03", regions=["510100"]),
page="""
T|Chengdu realizes medical insurance electronic voucher settlement in all designated medical institutions
C|Author:医保局  Addtime:2022-08-03
|
B|Recently, the Chengdu Medical Security Bureau announced that the medical insurance electronic voucher has realized full coverage of settlement in the 12,600 designated medical institutions and retail pharmacies in the city. Insured persons can see a doctor and buy medicine by showing the code, without carrying a physical social security card.
|
B|The insured person only needs to follow the WeChat official account "Chengdu Medical Insurance" or download the "Tianfu Citizen Cloud" APP, and activate the medical insurance electronic voucher after real-name authentication. Family members can also bind the electronic voucher of the elderly and children to help them settle.
|
B|At the same time, the city has promoted the mobile payment of medical insurance in 36 tertiary hospitals. Patients can pay the personal part of the medical expenses on the mobile phone, and the time of queuing for payment is reduced by more than 60%. Those who have questions can call the medical insurance service hotline 12393 for consultation.
|
B|The relevant person in charge of the Municipal Medical Security Bureau said that the next step will be to promote the application of the electronic voucher in the cross-provincial direct settlement of medical treatment in other places, and further improve the convenience of the insured people.
|
|
C|Scan the QR code to follow us
C|Chengdu High-tech Medical Association Secretariat  Tel: 028-8519****
C|Copyright © 2016-2022 All Rights Reserved  蜀ICP备16012345号-1
"""),

dict(name="en-05-lishui-county-medical-community", fmt="txt",
labels=dict(kind="policy", tags=["medical-reform", "primary-care"], published="2023-04-18", regions=["331122"], source="Zhejiang Window"),
page="""
T|Jinyun County deepens the reform of the county medical community and the ability of grass-roots services has been significantly improved
C|Author:Zhejiang Window Time:2023.04.18
B|Recently, the reporter learned from the Jinyun County Health and Health Bureau that since the reform of the county medical community was launched, the proportion of patients treated in the county has reached 91.2%, and the number of outpatient visits to township health centers has increased by 18% year-on-year.
B|Jinyun County has integrated 2 county-level hospitals and 21 township health centers into two medical community groups, and realized the "six unifications" of personnel, finance, assets, business, drugs and information. The senior doctors of the county hospital go to the branch hospitals to sit in the clinic every week, and the imaging, electrocardiogram and laboratory results of the township are read by the county center.
B|In response to the characteristics of mountainous areas, the county has also launched "mobile hospitals" that go to remote villages regularly, providing physical examination, chronic disease follow-up and prescription services for the elderly living alone.
B|Next, Jinyun will further promote the reform of medical insurance payment of the medical community, implement "total budget management, surplus retention" and guide the medical community to shift from treating diseases to managing health.
C|- END -
C|Pay attention to the staff of the organs! Lishui issued new rules on official reception
C|Lishui News Client reporter Chen Jing Zhejiang has another national first...
C|Secretary of the branch | Protecting the ecological green heart, I take the lead
C|Zhou Lin: The safety of the mountain villagers is my responsibility...
"""),

dict(name="en-06-liupanshui-elderly-care-html", fmt="html", enc="UTF-8-BOM",
labels=dict(kind="policy", tags=["elderly-care"], published="2024-01-09", regions=["520200"], source="Municipal Civil Affairs Bureau"),
page="""
<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Liupanshui to build 50 community elderly care service centers this year_Liupanshui Municipal People's Government</title>
<meta name="ArticleTitle" content="Liupanshui to build 50 community elderly care service centers this year">
<meta name="PubDate" content="2024-01-09">
<style>.tit{font-size:22px}.xxgk td{padding:4px}</style>
</head>
<body>
<div id="header">
<div class="logo"><img src="/images/logo_en.png" alt="Liupanshui"></div>
<div class="menu">
<a href="/" data-g="c">Home</a>
<a href="/gov" data-g="c">Government</a>
<a href="/invest" data-g="c">Investment</a>
<a href="/travel" data-g="c">Travel</a>
<a href="/living" data-g="c">Living</a>
</div>
<form class="search"><input type="text" name="q" placeholder="Search"></form>
</div>
<div class="crumb" data-g="c">Current Location: Home » Government » News</div>
<table class="main" width="1000">
<tr>
<td class="left" width="700">
<div class="tit" data-g="t">Liupanshui to build 50 community elderly care service centers this year</div>
<div class="sub" data-g="c">Release time: 2024-01-09 10:15 | Source: Municipal Civil Affairs Bureau | Clicks: 356</div>
<div class="con">
<p data-g="b">The Liupanshui Municipal Civil Affairs Bureau said on January 8 that the city will build 50 community elderly care service centers and 300 elderly dining points in 2024, focusing on the urban areas of Zhongshan District and Shuicheng District and the central towns of Panzhou City and Liuzhi Special District.</p>
<p data-g="b">The centers will provide day care, meal assistance, bathing assistance and rehabilitation nursing for the elderly. Elderly people over 80 years old and elderly people with difficulties will enjoy a meal subsidy of 3 yuan per meal, and the elderly with disabilities from low-income families will be given home-based care subsidies.</p>
<p data-g="b">The city will also promote the combination of medical care and elderly care. Township health centers with vacant beds will be encouraged to set up nursing beds, and family doctors will provide regular health management for elderly residents in the centers.</p>
<p data-g="b">By the end of 2024, the city plans to have 2,000 nursing beds in elderly care institutions, and the proportion of nursing beds will reach 60%.</p>
</div>
<div class="tools" data-g="c">【Print this page】【Close window】</div>
</td>
<td class="right" width="300">
<div class="box">
<h4 data-g="c">Related News</h4>
<p data-g="c"><a href="/n/101">Liupanshui held the city's civil affairs work conference</a></p>
<p data-g="c"><a href="/n/102">Guizhou issues measures to support the development of silver economy</a></p>
</div>
<div class="qr"><img src="/images/qr.png" alt=""><span data-g="c">Scan to follow Liupanshui Release</span></div>
</td>
</tr>
</table>
<div id="footer">
<p data-g="c">Copyright: Liupanshui Municipal People's Government Office  Undertaken by: Liupanshui Big Data Development Administration</p>
<p data-g="c">黔ICP备05004321号  贵公网安备 52020102000123号  Website identification code: 5202000001</p>
</div>
</body>
</html>
"""),

dict(name="en-07-hangzhou-health-records-crlf", fmt="txt", crlf=True,
labels=dict(kind="policy", tags=["digital-health"], published="2024-03-12", regions=["330100"], source="Hangzhou Daily"),
page="""
T|Hangzhou residents can now view their electronic health records on one app
C|Hangzhou Daily | 12 March 2024
|
B|Residents of Hangzhou can now check their full electronic health records, including vaccination history, physical examination reports and hospital test results, through the "Health Hangzhou" module of the Zheliban app, the Hangzhou Municipal Health Commission said on Monday.
|
B|The platform connects the information systems of 512 public medical institutions in the city. Test results issued by one hospital can be viewed and recognized by another, which the commission estimates will save patients about 90 million yuan in repeat examinations every year.
|
B|Personal health information is protected by graded authorization. Doctors can only view a patient's records after the patient scans a code to authorize it during a visit, and every query is logged and can be checked by the patient.
|
B|Hangzhou was named one of the first national pilot cities for the application of electronic health records in 2022. The commission said the next step is to open the records to pharmacies and elderly care institutions, with the consent of residents.
|
C|Related: Zhejiang speeds up building of "digital health" system
C|Related: Hangzhou adds 20 late-night clinics for children
"""),

dict(name="en-08-shenzhen-volume-based-procurement-html", fmt="html",
labels=dict(kind="policy", tags=["drug-policy", "medical-insurance"], published="2023-03-03", regions=["440300"]),
page="""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Shenzhen cuts prices of 96 drugs in new round of volume-based procurement">
<meta property="og:site_name" content="Shenzhen Daily Online">
<meta property="article:published_time" content="2023-03-03T08:40:00+08:00">
<title>Shenzhen cuts prices of 96 drugs in new round of volume-based procurement | Shenzhen Daily Online</title>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXX"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body>
<header class="site-header">
  <a class="brand" href="/" data-g="c">Shenzhen Daily Online</a>
  <nav>
    <ul>
      <li data-g="c"><a href="/news">News</a></li>
      <li data-g="c"><a href="/business">Business</a></li>
      <li data-g="c"><a href="/culture">Culture</a></li>
      <li data-g="c"><a href="/opinion">Opinion</a></li>
      <li data-g="c"><a href="/epaper">E-paper</a></li>
    </ul>
  </nav>
  <div class="cookie" data-g="c">We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.</div>
</header>
<main>
  <article>
    <div class="kicker" data-g="c">News</div>
    <h1 data-g="t">Shenzhen cuts prices of 96 drugs in new round of volume-based procurement</h1>
    <div class="byline" data-g="c">By Liu Xiaoming | March 3, 2023</div>
    <figure><img src="/img/2023/0303/pharmacy.jpg" alt=""><figcaption data-g="c">A pharmacist checks medicine at a hospital pharmacy in Futian District. [Photo by Zhang Wei]</figcaption></figure>
    <p data-g="b">Patients in Shenzhen will pay an average of 53 percent less for 96 commonly used drugs from April 1, after the city's latest round of volume-based procurement, the Shenzhen Healthcare Security Administration said on Thursday.</p>
    <p data-g="b">The drugs, which include medicines for high blood pressure, diabetes, infections and cancer, were bought through a joint tender led by Shenzhen on behalf of 11 cities in Guangdong province. Hospitals commit to buying an agreed volume, in exchange for lower prices from the winning manufacturers.</p>
    <p data-g="b">"Volume-based procurement squeezes the inflated costs out of drug circulation," said an official of the administration. "The savings go back to patients and to the medical insurance fund."</p>
    <p data-g="b">The administration said public hospitals must give priority to the selected drugs, and that the medical insurance payment standard for the same generic drug will be unified. Retail pharmacies that join the program can sell the selected drugs at the procurement price.</p>
    <p data-g="b">Since 2019, Shenzhen has taken part in eight rounds of national and provincial procurement, saving an estimated 3.2 billion yuan for the medical insurance fund.</p>
    <div class="tags" data-g="c">Tags: drugs, healthcare, prices</div>
  </article>
  <aside>
    <h2 data-g="c">Most Read</h2>
    <ol>
      <li data-g="c"><a href="/n/1">Shenzhen Metro Line 16 extension starts construction</a></li>
      <li data-g="c"><a href="/n/2">Nanshan hosts international youth football tournament</a></li>
      <li data-g="c"><a href="/n/3">Shenzhen tops Guangdong in patent applications</a></li>
    </ol>
    <div class="newsletter" data-g="c">Sign up for our newsletter to get the latest news every morning.</div>
  </aside>
</main>
<footer>
  <p data-g="c">Copyright 2023 Shenzhen Daily Online. All rights reserved.</p>
  <p data-g="c">粤ICP备12345678号-3</p>
</footer>
</body>
</html>
"""),
]
