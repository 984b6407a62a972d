# English corpus pages 09-16: provincial and national Chinese policy, WHO/NHS/Medicare news.
DOCS = [
dict(name="en-09-jiangsu-maternal-health-hotline", fmt="txt",
labels=dict(kind="policy", tags=["maternal-child"], published="2023-05-30", regions=["320000"], source="Provincial Health Commission"),
page="""
C|Jiangsu Provincial Health Commission  English
C|Home  News  Policies  Services  Contact
T|Jiangsu launches action plan to protect the health of mothers and children
C|Published: 2023-05-30 09:12  Source: Provincial Health Commission
|
B|The Jiangsu Provincial Health Commission has issued the Action Plan for Improving Maternal and Child Health (2023-2025), which requires that the maternal mortality rate in the province be kept below 8 per 100,000 and the infant mortality rate below 2.5 per 1,000.
|
B|Under the plan, every county will have at least one critical maternal treatment center and one critical newborn treatment center by the end of 2024. Pregnant women will receive free screening for gestational diabetes, and newborns will receive free screening for hearing loss and congenital heart disease.
|
B|Expectant parents who have questions about prenatal check-ups or vaccination can call the 12320 health hotline, which will offer a maternal and child health service line with qualified doctors on duty from 8 a.m. to 8 p.m.
|
B|The plan also calls for family-friendly workplaces: public institutions with more than 100 female employees should set up nursing rooms, and hospitals should extend the opening hours of pediatric outpatient clinics to evenings and weekends.
|
C|Hotline: 12320  Address: 42 Zhongyang Road, Nanjing
C|Copyright © Jiangsu Provincial Health Commission  苏ICP备10218765号
"""),

dict(name="en-10-who-sugary-drinks-tax-html", fmt="html",
labels=dict(kind="policy", tags=["chronic-disease", "public-health"], published="2024-06-19", regions=[]),
page="""
<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<title>WHO urges countries to raise taxes on sugary drinks to curb diabetes and obesity</title>
<meta name="description" content="New WHO guidance recommends health taxes on sugar-sweetened beverages.">
<meta name="DC.date" content="2024-06-19">
<link rel="canonical" href="https://www.example-who.int/news/item/19-06-2024-sugary-drinks">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"WHO urges countries to raise taxes on sugary drinks","datePublished":"2024-06-19"}</script>
</head>
<body>
<a class="skip" href="#main" data-g="c">Skip to main content</a>
<div class="lang-menu">
  <a href="/ar" data-g="c">العربية</a>
  <a href="/zh" data-g="c">中文</a>
  <a href="/en" data-g="c">English</a>
  <a href="/fr" data-g="c">Français</a>
  <a href="/ru" data-g="c">Русский</a>
  <a href="/es" data-g="c">Español</a>
</div>
<nav class="main-nav">
  <a href="/health-topics" data-g="c">Health Topics</a>
  <a href="/countries" data-g="c">Countries</a>
  <a href="/newsroom" data-g="c">Newsroom</a>
  <a href="/emergencies" data-g="c">Emergencies</a>
  <a href="/data" data-g="c">Data</a>
  <a href="/about" data-g="c">About WHO</a>
</nav>
<div id="main">
<div class="breadcrumb" data-g="c">Home / Newsroom / News / WHO urges countries to raise taxes on sugary drinks</div>
<div class="date" data-g="c">19 June 2024</div>
<div class="type" data-g="c">News release</div>
<div class="reading" data-g="c">Reading time: 2 min (560 words)</div>
<h1 data-g="t">WHO urges countries to raise taxes on sugary drinks to curb diabetes and obesity</h1>
<div class="body">
<p data-g="b">The World Health Organization today called on governments to introduce or increase taxes on sugar-sweetened beverages, warning that rising consumption is driving obesity, type 2 diabetes and tooth decay, particularly among children.</p>
<p data-g="b">New WHO guidance recommends that taxes raise the retail price of sugary drinks by at least 20 percent, and that governments use the revenue for health programmes such as school nutrition and primary health care.</p>
<p data-g="b">"Health taxes are one of the most cost-effective tools we have to prevent noncommunicable diseases," the WHO Director-General said. "They save lives and raise revenue at the same time."</p>
<p data-g="b">More than 100 countries already tax sugary drinks, but most taxes are too low to change behaviour, according to the report. Only 5 countries apply a tax that meets the recommended level.</p>
<h2 data-g="b">Note for editors</h2>
<p data-g="b">Noncommunicable diseases kill 41 million people each year, equivalent to 74 percent of all deaths globally.</p>
</div>
<div class="media-contacts">
<h3 data-g="c">Media Contacts</h3>
<p data-g="c">WHO Media Team, World Health Organization</p>
<p data-g="c">Email: mediainquiries@example-who.int</p>
</div>
<div class="related">
<h3 data-g="c">Related</h3>
<a href="/fs/diabetes" data-g="c">Fact sheet: Diabetes</a>
<a href="/fs/obesity" data-g="c">Fact sheet: Obesity and overweight</a>
</div>
</div>
<footer>
<a href="/privacy" data-g="c">Privacy Legal Notice</a>
<span data-g="c">© 2024 WHO</span>
</footer>
</body>
</html>
"""),

dict(name="en-11-nhs-waiting-list-plan-cp1252", fmt="txt", enc="windows-1252",
labels=dict(kind="policy", tags=["hospital-development", "health-workforce"], published="2024-02-07", regions=["GB"]),
page="""
C|NHS England » News
T|NHS sets out £2.4 billion plan to cut waiting lists with new surgical hubs and extra staff
C|7 February 2024
|
B|The NHS in England will open 20 new surgical hubs and recruit 6,000 additional theatre staff as part of a £2.4 billion plan to bring down waiting lists, NHS England announced today.
|
B|The hubs, which are separated from emergency departments, will focus on high-volume operations such as hip and knee replacements and cataract removals, so that planned surgery is not cancelled when A&E departments are under pressure.
|
B|Under the plan, patients who have waited longer than 40 weeks will be offered the choice to be treated at another hospital, and trusts will publish their waiting times for every specialty online.
|
B|NHS England’s medical director said: “These hubs protect planned care from winter pressures and mean patients get their operations faster.” The plan also includes funding for 1,500 training places for operating department practitioners and anaesthesia associates.
|
B|The waiting list for routine hospital treatment stood at 7.6 million at the end of November, down from a peak of 7.8 million in September.
|
C|Share this page: Facebook · X · LinkedIn · Email
C|Page last reviewed: 7 February 2024
C|Next review due: 7 February 2027
C|© NHS England — cookies · accessibility statement · privacy notice
"""),

dict(name="en-12-medicare-drug-price-negotiation-html", fmt="html",
labels=dict(kind="policy", tags=["drug-policy", "medical-insurance"], published="2023-08-29", regions=["US"]),
page="""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Medicare names first 10 drugs selected for price negotiation | Health Policy Wire</title>
<meta name="author" content="Jennifer Adams">
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date().getTime(),event:'gtm.js'});})(window,document,'script','dataLayer','GTM-ABC');</script>
<style>body{font-family:Georgia,serif}.ad{display:block}</style>
</head>
<body>
<div class="ad" data-g="c">Advertisement</div>
<header>
<div class="logo" data-g="c">Health Policy Wire</div>
<div class="sub" data-g="c">Subscribe</div>
<div class="login" data-g="c">Sign in</div>
<ul class="sections">
<li data-g="c">Policy</li>
<li data-g="c">Insurance</li>
<li data-g="c">Pharma</li>
<li data-g="c">Hospitals</li>
<li data-g="c">Global</li>
</ul>
</header>
<article>
<h1 data-g="t">Medicare names first 10 drugs selected for price negotiation</h1>
<p class="meta" data-g="c">By Jennifer Adams · August 29, 2023 · 4 min read</p>
<p data-g="b">WASHINGTON — The Centers for Medicare &amp; Medicaid Services on Tuesday named the first 10 prescription drugs whose prices Medicare will negotiate directly with manufacturers, a power granted by the Inflation Reduction Act.</p>
<p data-g="b">The list includes widely used treatments for blood clots, diabetes, heart failure and rheumatoid arthritis. Together the drugs accounted for about $50.5 billion in Medicare Part D spending in the year to May 2023.</p>
<div class="inline-ad" data-g="c">Advertisement</div>
<p data-g="b">Drugmakers have until October 1 to sign agreements to take part in the negotiations. Negotiated prices will be published by September 1, 2024 and take effect on January 1, 2026.</p>
<p data-g="b">Officials said the program will lower out-of-pocket costs for millions of seniors. Several manufacturers have filed lawsuits arguing that the negotiation program is unconstitutional.</p>
<p data-g="b">Up to 15 more Part D drugs will be selected for negotiation for 2027, and Part B drugs administered in doctors' offices will be added from 2028.</p>
<div class="newsletter-box" data-g="c">Get the Health Policy Wire newsletter. Enter your email address to subscribe.</div>
</article>
<section class="more">
<h2 data-g="c">More From Health Policy Wire</h2>
<a href="/a/1" data-g="c">How hospital price transparency rules are working so far</a>
<a href="/a/2" data-g="c">States weigh Medicaid coverage for weight-loss drugs</a>
</section>
<footer>
<p data-g="c">© 2023 Health Policy Wire. All rights reserved. Terms of Use | Privacy Policy | Do Not Sell My Personal Information</p>
</footer>
</body>
</html>
"""),

dict(name="en-13-sichuan-tcm-mostly-chrome", fmt="txt",
labels=dict(kind="policy", tags=["tcm"], published="2023-10-08", regions=["510000"], source="Sichuan Daily"),
page="""
C|Sichuan Provincial People's Government | English
C|Home
C|About Sichuan
C|Government
C|News
C|Investment
C|Travel
C|Culture
C|Service
C|Home > News > Provincial News
C|【Large】【Medium】【Small】
T|Sichuan to build 20 provincial TCM inheritance workshops
C|2023/10/08  Source: Sichuan Daily  Views: 1023
B|The Sichuan Provincial Administration of Traditional Chinese Medicine will build 20 provincial inheritance workshops for famous TCM doctors by 2025, each of which will train at least five young TCM doctors, according to a plan released recently.
B|The plan also requires that all county-level TCM hospitals in the province set up preventive treatment departments, and that community health service centers and township health centers provide at least six appropriate TCM techniques.
C|Print
C|Close
C|Related Articles
C|Chengdu International Panda Festival opens
C|Sichuan exports grow 8.3% in first three quarters
C|Sichuan launches autumn tourism season with discounts at 100 scenic spots
C|Guang'an promotes red tourism along the Jialing River
C|Popular
C|How to apply for a work permit in Sichuan
C|Sichuan airport guide for foreign visitors
C|Links: Chinese Government | Ministry of Foreign Affairs | Chengdu | Mianyang | Leshan
C|Sponsored by: Information Office of Sichuan Provincial People's Government
C|Operated by: Sichuan Daily Press Group
C|蜀ICP备05006789号  川公网安备51010402000321号
C|Please use a browser with a resolution of 1280*800 or above
"""),

dict(name="en-14-beijing-mental-health-utf16", fmt="txt", enc="UTF-16LE",
labels=dict(kind="policy", tags=["public-health"], regions=["110000"]),
page="""
T|Beijing to set up psychological service stations in all communities
B|Beijing will set up psychological service stations in all of its communities and villages by the end of next year, according to a work plan issued by the Beijing Municipal Health Commission and eleven other departments on September 20.
B|The stations will be staffed by social workers and psychological counselors trained by district mental health centers. Residents can get counseling, screening for depression and anxiety, and referrals to hospitals free of charge.
B|The plan asks every general hospital at grade two or above to open a psychology or psychiatry outpatient clinic, and every primary and secondary school to have at least one full-time mental health teacher. The city's 24-hour psychological assistance hotline will add 30 seats.
B|Officials said mental health has become an important public health issue, and that early identification and intervention can prevent many cases from becoming serious.
"""),

dict(name="en-15-nhsa-cross-province-settlement-html", fmt="html",
labels=dict(kind="policy", tags=["medical-insurance"], published="2023-12-05", regions=[], source="Xinhua"),
page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>China extends direct settlement of medical bills across provinces to outpatient chronic disease treatment - China Health Portal</title>
<meta name="publishdate" content="2023-12-05">
<script src="/static/js/common.js"></script>
</head>
<body>
<div class="topbar" data-g="c">Wednesday, December 6, 2023 | Beijing: Sunny -3~7℃</div>
<div class="channels">
<span data-g="c">Home</span>
<span data-g="c">China</span>
<span data-g="c">World</span>
<span data-g="c">Business</span>
<span data-g="c">Health</span>
<span data-g="c">Lifestyle</span>
<span data-g="c">Photos</span>
<span data-g="c">Video</span>
</div>
<div class="wrap">
<div class="left">
<h1 data-g="t">China extends direct settlement of medical bills across provinces to outpatient chronic disease treatment</h1>
<div class="info" data-g="c">Updated: 2023-12-05 15:42 | By Xinhua | Editor: Zhao Min</div>
<div class="zoom" data-g="c">Font size: A+ A-</div>
<div id="content">
<p data-g="b">BEIJING, Dec. 5 -- Patients with five common chronic diseases, including hypertension and diabetes, can now have their outpatient bills settled directly by medical insurance when they receive treatment outside the province where they are insured, the National Healthcare Security Administration said Tuesday.</p>
<p data-g="b">The other three diseases covered are malignant tumor outpatient radiotherapy and chemotherapy, uremia dialysis and anti-rejection treatment after organ transplantation.</p>
<p data-g="b">By the end of October, more than 2,400 counties had at least one designated medical institution able to provide such cross-provincial outpatient settlement, according to the administration.</p>
<p data-g="b">Insured people who move to another province for work or to live with their children can register through the national medical insurance service platform app without going back to the place where they are insured.</p>
</div>
<div class="editor" data-g="c">[Editor: Zhao Min]</div>
<div class="prevnext">
<p data-g="c">Previous: China's elderly population aged 60 and above reaches 297 million</p>
<p data-g="c">Next: Winter respiratory diseases: experts advise vaccination for the elderly</p>
</div>
</div>
<div class="right">
<div class="ad-box" data-g="c">AD</div>
<h3 data-g="c">Editor's Picks</h3>
<ul>
<li data-g="c">Photos: Ice lanterns light up Harbin</li>
<li data-g="c">China's new energy vehicle exports hit record</li>
</ul>
</div>
</div>
<div class="foot">
<p data-g="c">About Us | Contact Us | Advertise with Us | Join Us</p>
<p data-g="c">Copyright © China Health Portal. All rights reserved. 京ICP备13028878号-1</p>
</div>
</body>
</html>
"""),

dict(name="en-16-guizhou-rural-doctors-bom", fmt="txt", enc="UTF-8-BOM",
labels=dict(kind="policy", tags=["health-workforce", "primary-care"], published="2022-11-30", regions=["520000"], source="Guizhou Provincial Health Commission"),
page="""
T|Guizhou Province issued policies to attract medical graduates to township health centers
C|Date: 2022-11-30  Source: Guizhou Provincial Health Commission  Author: Office
|
B|  In order to solve the problem of "recruitment is difficult and retention is difficult" of grass-roots medical and health talents, the Provincial Health and Health Commission, together with the Provincial Department of Human Resources and Social Security and the Provincial Department of Finance, issued "Several Measures to Strengthen the Construction of Grass-roots Health Talent Team".
|
B|  The measures clearly stated that medical graduates who work in township health centers in the province's 66 counties can be directly recruited without written examination, and those who serve for more than 5 years will be given priority in the evaluation of professional titles. The province will provide a one-time resettlement subsidy of 30,000 yuan for those who work in remote townships.
|
B|  At the same time, the province will continue to implement the free training program of rural order-oriented medical students, with 1,000 students enrolled every year. After graduation, they will work in township health centers for 6 years.
|
B|  The relevant person in charge of the Provincial Health and Health Commission said that the measures will effectively stabilize the grass-roots health team and let the masses enjoy high -quality medical services at their doorsteps.
|
C|【Close】【Print】
C|Attachment download: Several Measures to Strengthen the Construction of Grass-roots Health Talent Team.pdf
"""),
]
