# English corpus pages 17-24: two more policy pages, then hard negatives.
DOCS = [
dict(name="en-17-suzhou-sip-chronic-disease-html", fmt="html",
labels=dict(kind="policy", tags=["chronic-disease", "primary-care"], published="2024-04-02", regions=["320500"], source="SIP Social Affairs Bureau"),
page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Suzhou Industrial Park brings chronic disease care into communities -- Suzhou Industrial Park Administrative Committee</title>
<meta name="firstpublishedtime" content="2024-04-02 17:30:12">
</head>
<body>
<div class="head">
<div class="site" data-g="c">SIP English Portal</div>
<div class="menu">
<a data-g="c" href="/about">About SIP</a>
<a data-g="c" href="/news">News</a>
<a data-g="c" href="/invest">Invest</a>
<a data-g="c" href="/work">Work</a>
<a data-g="c" href="/live">Live</a>
</div>
</div>
<div class="path" data-g="c">Home &gt;&gt; News &gt;&gt; SIP News</div>
<div class="article">
<h2 data-g="t">Suzhou Industrial Park brings chronic disease care into communities</h2>
<div class="source" data-g="c">Source: SIP Social Affairs Bureau   Date: 2024-04-02</div>
<div class="text">
<p data-g="b">Suzhou Industrial Park in Jiangsu province has opened chronic disease management centers in all 23 of its community health service stations, allowing residents with hypertension, diabetes and chronic obstructive pulmonary disease to be screened, treated and followed up without going to a large hospital.</p>
<p data-g="b">Each center is linked to a specialist team at Suzhou Municipal Hospital and the First Affiliated Hospital of Soochow University. Community doctors can book specialist appointments and hospital beds directly for patients whose conditions worsen.</p>
<p data-g="b">The Park also includes chronic disease medicines in its long-prescription list. Stable patients can get up to three months of medicine at a time and have it delivered to their homes.</p>
<p data-g="b">By the end of 2023, the standardized management rate of hypertension and diabetes patients in the Park had reached 78 percent and 76 percent respectively.</p>
</div>
</div>
<div class="related">
<div class="hd" data-g="c">Related Articles</div>
<ul>
<li data-g="c">The Park held a meeting on the prevention and control of chronic diseases to deploy key work for this year.</li>
<li data-g="c">Community health service stations in the Park extend opening hours on weekends.</li>
<li data-g="c">Suzhou launches free screening for lung cancer among residents over 50.</li>
</ul>
</div>
<div class="bottom">
<p data-g="c">Suzhou Industrial Park Administrative Committee Copyright Reserved</p>
<p data-g="c">Address: 999 Xinghu Street, Suzhou Industrial Park, Jiangsu Province  Postcode: 215000</p>
<p data-g="c">苏ICP备10205010号</p>
</div>
<script>document.write('<img src="/count.gif?p=sip_news">');</script>
</body>
</html>
"""),

dict(name="en-18-nanjing-new-hospital-campuses", fmt="txt",
labels=dict(kind="policy", tags=["hospital-development"], published="2023-07-11", regions=["320100"], source="Nanjing Daily"),
page="""
T|Nanjing plans five new hospital campuses to balance medical resources between old and new districts
C|Time: 2023-07-11 10:20:33  Source: Nanjing Daily
C|Share to:
|
B|The Nanjing Municipal Government has approved the "Plan for the Layout of Medical and Health Facilities (2023-2030)", which proposes to build five new hospital campuses in Jiangbei New Area, Jiangning, Lishui, Gaochun and Liuhe, so that every district has at least one grade-A tertiary hospital.
B|The new campuses will be run as branches of existing top hospitals, including Drum Tower Hospital and Nanjing First Hospital, sharing the same doctors, management and standards. The first two are expected to open in 2026.
B|The plan also sets a target of 7.5 hospital beds and 3.8 practicing physicians per 1,000 residents by 2030, and asks that new residential areas reserve land for community health service centers.
B|Officials said that the city's high-quality medical resources are concentrated in the old districts of Gulou and Xuanwu, and the new plan aims to let residents in the suburbs see a good doctor nearby.
C|Disclaimer: The content is for information only. Please contact us if there is any infringement.
"""),

dict(name="en-19-shanghai-dental-clinic-promotion-html", fmt="html",
labels=dict(kind="marketing", tags=[], published="2024-03-01", regions=["310000"]),
page="""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Spring smile check: Meiya Dental launches implant and orthodontics offers for expats | Shanghai Expat Life</title>
<meta property="article:published_time" content="2024-03-01T10:00:00+08:00">
</head>
<body>
<nav>
<a href="/" data-g="c">Shanghai Expat Life</a>
<a href="/eat" data-g="c">Eat &amp; Drink</a>
<a href="/health" data-g="c">Health &amp; Wellness</a>
<a href="/family" data-g="c">Family</a>
<a href="/events" data-g="c">Events</a>
</nav>
<div class="sponsored" data-g="c">Sponsored Content</div>
<h1 data-g="t">Spring smile check: Meiya Dental launches implant and orthodontics offers for expats</h1>
<p class="date" data-g="c">March 1, 2024</p>
<div class="post">
<p data-g="b">Meiya Dental, a private clinic chain with four branches in Jing'an, Xuhui, Changning and Pudong, is offering a spring package for expats: a full oral examination, panoramic X-ray and professional cleaning for 398 yuan, down from 880 yuan.</p>
<p data-g="b">Implants from leading Swiss and Korean brands start at 6,800 yuan per tooth during March and April, and invisible braces come with a free 3D scan and treatment simulation. All dentists speak English and many trained in Europe or the United States.</p>
<p data-g="b">The clinics accept direct billing with more than 30 international commercial insurance companies. Health is wealth, says the clinic's medical director, and regular check-ups prevent costly problems later.</p>
<p data-g="b">To book, call the Meiya Dental hotline 400-820-1234 or add the clinic's WeChat account MeiyaDentalSH and send "SPRING". The offer is valid until April 30 and cannot be combined with other discounts.</p>
</div>
<div class="share" data-g="c">Share: WeChat | Weibo | Email</div>
<div class="more">
<h3 data-g="c">You might also like</h3>
<p data-g="c">10 brunch spots in the French Concession to try this spring</p>
<p data-g="c">Where to find English-speaking pediatricians in Shanghai</p>
</div>
<footer>
<p data-g="c">Follow us on WeChat: ShanghaiExpatLife</p>
<p data-g="c">© 2024 Shanghai Expat Life · About · Advertise · Contact</p>
<p data-g="c">沪ICP备18004567号-2</p>
</footer>
</body>
</html>
"""),

dict(name="en-20-winter-tcm-wellness-tips", fmt="txt",
labels=dict(kind="wellness", tags=[], published="2023-12-05", regions=[]),
page="""
C|Lifestyle > Health
T|Five traditional Chinese medicine tips to keep warm and healthy this winter
C|By Lin Yue | December 5, 2023
|
B|Winter is the season of storage in traditional Chinese medicine, when the body should conserve energy. TCM doctors say a few simple habits can help you stay healthy through the cold months.
B|First, go to bed early and get up late. Sleeping a little longer protects the body's yang energy, said a chief physician at a Beijing hospital of traditional Chinese medicine.
B|Second, soak your feet in warm water for 15 to 20 minutes before bed. Adding a few slices of ginger helps blood circulation. People with diabetes should check the water temperature carefully.
B|Third, eat warming foods such as mutton, Chinese yam, walnuts and jujubes, but do not overdo spicy hotpot, which can cause internal heat.
B|Fourth, keep the neck and feet warm. Fifth, keep exercising, but choose gentle activities such as tai chi or brisk walking, and avoid sweating heavily in the cold wind.
B|Elderly people with high blood pressure should be especially careful on cold mornings and take their medicine on time.
C|Like (268)
C|Comments (12)
C|Read more: Is it safe to drink herbal tea every day?
C|Read more: Eight foods that help you sleep better
"""),

dict(name="en-21-suzhou-biotech-phase-three-trial", fmt="txt",
labels=dict(kind="trial", tags=[], published="2023-10-16", regions=["320500"], source="BioPharma China Weekly"),
page="""
T|Suzhou biotech's hypertension drug meets primary endpoint in phase III trial
C|2023-10-16 08:05  BioPharma China Weekly
|
B|Suzhou-based Kangyuan Biopharma said on Monday that its novel long-acting antihypertensive drug KY-301 met the primary endpoint in a phase III clinical trial involving 1,260 patients at 58 hospitals in China.
B|Patients who received a single injection of KY-301 every six months saw their systolic blood pressure fall by an average of 14.2 mmHg at week 24, compared with 3.1 mmHg in the placebo group. The most common side effects were mild reactions at the injection site.
B|The company plans to submit a new drug application to the National Medical Products Administration in the first half of next year. Its shares rose 9.8 percent in Hong Kong trading after the announcement.
B|China has an estimated 245 million adults with hypertension, and fewer than one in five have their blood pressure under control, according to the company, which was founded in 2015 in the Suzhou Industrial Park.
C|Subscribe to BioPharma China Weekly for free
C|Disclaimer: This article does not constitute investment advice.
"""),

dict(name="en-22-changzhou-pharma-interim-results-html", fmt="html",
labels=dict(kind="earnings", tags=[], published="2023-08-25", regions=["320400"]),
page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Jiangnan Pharmaceutical posts 12% rise in first-half net profit on strong generic drug sales - Asia Markets Daily</title>
<meta name="date" content="2023-08-25">
<script>var ads = {slot: "top-banner", size: [728, 90]};</script>
</head>
<body>
<div id="ticker" data-g="c">SSE 3,064.07 +0.13% | SZSE 10,178.33 -0.21% | HSI 18,212.30 +0.65%</div>
<div class="nav">
<a href="/" data-g="c">Markets</a>
<a href="/companies" data-g="c">Companies</a>
<a href="/economy" data-g="c">Economy</a>
<a href="/tech" data-g="c">Tech</a>
</div>
<div class="story">
<h1 data-g="t">Jiangnan Pharmaceutical posts 12% rise in first-half net profit on strong generic drug sales</h1>
<div class="dateline" data-g="c">August 25, 2023 07:12 PM | Updated 2 hours ago</div>
<p data-g="b">Jiangnan Pharmaceutical Group, the Changzhou-based drugmaker, reported on Friday a 12.4 percent rise in net profit for the first half of 2023 to 1.86 billion yuan, helped by higher sales of its cardiovascular and anti-infective generic drugs.</p>
<p data-g="b">Revenue rose 8.7 percent to 11.2 billion yuan. Sales of innovative drugs, which the company has been investing in heavily, made up 21 percent of revenue, up from 16 percent a year earlier.</p>
<p data-g="b">The company said price cuts from national volume-based procurement reduced revenue from three products by about 600 million yuan, but the loss was offset by growth in hospital and overseas markets.</p>
<p data-g="b">Research and development spending rose to 1.45 billion yuan. The board proposed an interim dividend of 0.15 yuan per share. Analysts at two brokerages kept their buy ratings on the stock.</p>
</div>
<div class="disclaimer" data-g="c">Market data delayed by at least 15 minutes. Reporting by Asia Markets Daily staff.</div>
<div class="trending">
<h4 data-g="c">Trending</h4>
<div data-g="c">Yuan slips to weakest level since November</div>
<div data-g="c">Property developers rally on policy support hopes</div>
</div>
<div class="footer" data-g="c">© Asia Markets Daily 2023 | Terms | Privacy | Contact</div>
</body>
</html>
"""),

dict(name="en-23-chengdu-hospital-nurse-recruitment-crlf", fmt="txt", crlf=True,
labels=dict(kind="job-ad", tags=[], published="2024-02-20", regions=["510100"]),
page="""
C|Chengdu Talent Network > Recruitment Information > Medical and Health
T|Chengdu Fifth People's Hospital 2024 Recruitment Announcement for Contract Nurses
C|Release date: 2024-02-20  Views: 4381
|
B|According to the needs of the development of the hospital, Chengdu Fifth People's Hospital plans to openly recruit 60 contract nurses for the society. The relevant matters are hereby announced as follows:
B|1. Recruitment conditions: Full-time college degree or above in nursing, obtaining the nurse practitioner qualification certificate or passing the national nurse qualification examination; under 30 years old; good health and able to work night shifts.
B|2. Salary and benefits: Salary is determined according to the hospital's performance distribution plan, and the hospital pays five social insurances and one housing fund; after one year of work, those who pass the assessment can participate in the standardized training of nurses.
B|3. Registration method: Applicants should send their resume, ID card, diploma and qualification certificate to the hospital's human resources department email hr5y@example.cn before March 10, 2024. The hospital will notify qualified applicants of the time of the written examination and interview by phone.
B|Contact: Ms. Li, Human Resources Department, 028-8231****
C|Hot jobs: Pharmacist | Radiologist | Rehabilitation therapist | Medical representative
C|Statement: Job seekers should pay attention to identifying recruitment information and beware of fraud.
"""),

dict(name="en-24-suzhou-anhui-hospital-building-tender", fmt="txt",
labels=dict(kind="tender", tags=[], published="2023-03-27", regions=["341300"]),
page="""
C|Enterprise  Personnel  Projects  Credit
C|China Bidding Express — 20 years focused on the construction industry
T|Tender announcement for the construction of the new inpatient building of Suzhou Municipal Hospital (Anhui)
C|Region: Anhui - Suzhou - Yongqiao District  Release date: 2023-03-27
C|Tender Notice Text
B|1. Project overview: The new inpatient building of Suzhou Municipal Hospital is located on the east side of the hospital's main campus in Yongqiao District, Suzhou City, Anhui Province. The total construction area is 56,000 square meters, with 18 floors above ground and 2 floors underground, and 800 beds. The estimated investment is 410 million yuan.
B|2. Scope of tender: civil engineering, installation, decoration and outdoor supporting works within the construction drawings. Construction period: 900 calendar days.
B|3. Qualification requirements: Bidders shall have the first-class or above qualification of general contracting for building construction, and the proposed project manager shall be a registered first-class constructor.
B|4. Obtaining tender documents: From March 28, 2023 to April 3, 2023, bidders shall download the tender documents from the Suzhou Public Resources Trading Center website.
B|5. Deadline for bid submission: April 18, 2023 at 9:30 a.m. Beijing time.
B|Tenderee: Suzhou Municipal Hospital  Agency: Anhui Huaxin Project Management Co., Ltd.
C|In accordance with the principles of objectivity, fairness and openness, this information is published exclusively on China Bidding Express at the entrustment of the owner
C|Register as a member to enjoy intimate service
C|Bid inquiry service: let you fully and timely grasp the information of proposed, approved and under-construction projects in all provinces and cities.
C|Consultation hotline: 4000-156-001
C|Feedback
C|Online communication
"""),
]
