# English corpus pages 25-32: an economic conference, a second promotion, easy negatives.
DOCS = [
dict(name="en-25-hangzhou-investment-conference-html", fmt="html",
labels=dict(kind="economy", tags=[], published="2023-06-08", regions=["330100"]),
page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Hangzhou signs 128 projects worth 156 billion yuan at global investment promotion conference_Hangzhou English Portal</title>
<meta name="pubdate" content="2023-06-08">
</head>
<body>
<div class="header">
<span data-g="c">Hangzhou English Portal</span>
<span data-g="c">中文</span>
<span data-g="c">Search</span>
</div>
<div class="nav">
<a data-g="c">Home</a>
<a data-g="c">News</a>
<a data-g="c">Business</a>
<a data-g="c">Travel</a>
<a data-g="c">Expat Services</a>
</div>
<div class="bread" data-g="c">Home &gt; News &gt; Business</div>
<div class="content">
<div class="title" data-g="t">Hangzhou signs 128 projects worth 156 billion yuan at global investment promotion conference</div>
<div class="time" data-g="c">Updated: 2023-06-08 | hangzhou.gov.cn</div>
<p data-g="b">Hangzhou signed 128 investment projects worth a total of 156 billion yuan at its global investment promotion conference on June 7, with digital economy, intelligent manufacturing and new energy accounting for more than 70 percent of the total.</p>
<p data-g="b">Among the projects are an integrated circuit packaging base in Qiantang District, a new energy vehicle parts industrial park in Xiaoshan and a regional headquarters of a European logistics company in Binjiang.</p>
<p data-g="b">The mayor told more than 600 business representatives from 30 countries and regions that Hangzhou will continue to improve its business environment, offering "one-stop" approval services and a fund of 10 billion yuan to support major industrial projects.</p>
<p data-g="b">The conference also released a list of investment opportunities in eight industrial chains, including artificial intelligence, biomedicine and health, high-end equipment and cultural tourism.</p>
<p data-g="b">Since the beginning of this year, Hangzhou has attracted actual foreign investment of 4.3 billion US dollars, up 12 percent year-on-year.</p>
</div>
<div class="recommend">
<p data-g="c">Recommended</p>
<p data-g="c">West Lake Expo to open in October</p>
<p data-g="c">Hangzhou Asian Games venues open to the public</p>
</div>
<div class="foot" data-g="c">Copyright © Hangzhou Municipal People's Government. All Rights Reserved. 浙ICP备05017021号</div>
</body>
</html>
"""),

dict(name="en-26-shenzhen-eye-hospital-summer-offer", fmt="txt",
labels=dict(kind="marketing", tags=[], published="2023-07-05", regions=["440300"], source="Shenzhen Life Channel"),
page="""
T|Summer vacation myopia check: Guangming Eye Hospital offers students free eye exams and discounts on laser surgery
C|2023-07-05  Shenzhen Life Channel  Promotion
|
B|With the summer vacation coming, Guangming Eye Hospital in Shenzhen's Futian District is offering free vision screening and eye axis measurement for primary and secondary school students from July 10 to August 31.
B|College entrance examination graduates can enjoy a 30% discount on full-femtosecond SMILE laser surgery, and parents who accompany their children can get a free fundus examination. The hospital says its surgery center is equipped with the latest German and Swiss equipment.
B|The hospital's experts remind parents that children should spend at least two hours outdoors every day and limit screen time, and that myopia prevention should start early.
B|Appointments can be made through the hospital's WeChat account or by calling 0755-8888-6666. Places are limited and are allocated on a first come, first served basis.
C|Advertisement
C|The above content is provided by the advertiser and does not represent the views of this website.
"""),

dict(name="en-27-suzhou-marathon", fmt="txt",
labels=dict(kind="other", tags=[], published="2024-03-17", regions=["320500"]),
page="""
C|Sports | Suzhou News English
T|30,000 runners take part in Suzhou Jinji Lake Half Marathon
C|Updated: 17 Mar 2024 18:20
B|About 30,000 runners from 20 countries and regions took part in the Suzhou Jinji Lake Half Marathon on Sunday morning, running past the Gate of the Orient, Jinji Lake and the Suzhou Culture and Arts Centre.
B|Kenyan runner Peter Kiprotich won the men's half marathon in 1 hour 2 minutes 11 seconds, while China's Zhang Deshun won the women's race in 1 hour 10 minutes 45 seconds.
B|The organisers set up 12 medical stations and 300 volunteers along the route, and the weather stayed cool and cloudy throughout the morning.
C|Photo gallery: Runners at the Gate of the Orient
C|Related: Suzhou to host national rowing championship in May
"""),

dict(name="en-28-jiangsu-cold-wave-html", fmt="html",
labels=dict(kind="other", tags=[], published="2023-12-14", regions=["320000"]),
page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>Cold wave to bring sharp temperature drop and snow to Jiangsu this weekend - Jiangsu Now</title>
</head>
<body>
<div class="top" data-g="c">Jiangsu Now</div>
<div class="menu">
<a data-g="c">Local</a>
<a data-g="c">Weather</a>
<a data-g="c">Traffic</a>
<a data-g="c">Food</a>
</div>
<h1 data-g="t">Cold wave to bring sharp temperature drop and snow to Jiangsu this weekend</h1>
<p class="time" data-g="c">Published on Dec 14, 2023</p>
<p data-g="b">The Jiangsu Meteorological Observatory issued a blue alert for a cold wave on Thursday, saying temperatures across the province will fall by 10 to 14 degrees Celsius from Friday to Sunday.</p>
<p data-g="b">Snow is expected north of the Huaihe River on Saturday, with the lowest temperatures in Xuzhou and Lianyungang dropping to minus 9 degrees on Sunday morning. Nanjing, Suzhou and Wuxi will see rain turning to sleet.</p>
<p data-g="b">Forecasters advised residents to wear warm clothes, drive carefully on icy roads and protect water pipes from freezing. Some ferry services across the Yangtze River may be suspended because of strong winds.</p>
<div class="weather-widget" data-g="c">Nanjing today: Cloudy 4~11℃ North wind level 3</div>
<div class="app" data-g="c">Download the Jiangsu Now app for real-time weather alerts</div>
<footer data-g="c">Jiangsu Now © 2023 苏ICP备09876543号</footer>
</body>
</html>
"""),

dict(name="en-29-lishui-ancient-villages", fmt="txt",
labels=dict(kind="other", tags=[], published="2023-05-02", regions=["331100"], source="Lishui Release"),
page="""
T|Lishui's ancient villages draw record crowds during May Day holiday
C|Author:Lishui Release Time:2023.05.02
B|Lishui's ancient villages welcomed 1.28 million visitors during the first three days of the May Day holiday, a record for the mountainous city in southwest Zhejiang, according to the municipal culture and tourism bureau.
B|Songyang County's 100 traditional villages were the most popular, with visitors flocking to the Qing-dynasty houses of Yangjiatang and the terraced tea gardens around Damushan. Homestays in Songyang and Yunhe were almost fully booked.
B|The city has invested in shuttle buses from Lishui Railway Station to the main scenic villages and opened 12 new camping sites this year.
C|- END -
C|Source: Lishui Release
C|Editor: Ye Qing
"""),

dict(name="en-30-chengdu-metro-line-opening-crlf-html", fmt="html", crlf=True,
labels=dict(kind="other", tags=[], published="2024-01-18", regions=["510100"]),
page="""
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Chengdu opens Metro Line 27, network reaches 600 km - Chengdu Today English</title>
<meta name="publish-date" content="2024-01-18">
</head>
<body>
<header>
<div data-g="c">Chengdu Today English</div>
<nav><a data-g="c">City</a> <a data-g="c">Panda</a> <a data-g="c">Food</a> <a data-g="c">Business</a></nav>
</header>
<main>
<article>
<h1 data-g="t">Chengdu opens Metro Line 27, network reaches 600 km</h1>
<time datetime="2024-01-18" data-g="c">2024-01-18</time>
<p data-g="b">Chengdu opened the first phase of Metro Line 27 on Thursday, bringing the total length of the city's rail transit network to more than 600 kilometers, the fourth longest in China.</p>
<p data-g="b">The 24.6-kilometer line runs from Shiziyan in the north to Cuiwei Road in the southwest, with 18 stations. It connects with eight existing lines and cuts the journey from Pidu District to the city center to about 40 minutes.</p>
<p data-g="b">Trains will run from 6:30 a.m. to 11 p.m., every six minutes at peak hours. Passengers can pay with the Tianfu Tong app, bank cards or QR codes.</p>
</article>
</main>
<aside>
<h3 data-g="c">Latest</h3>
<p data-g="c">Giant panda twins make their public debut at Chengdu base</p>
<p data-g="c">Chengdu Tianfu airport adds new route to Budapest</p>
</aside>
<footer data-g="c">© Chengdu Today 2024. All rights reserved.</footer>
</body>
</html>
"""),

dict(name="en-31-changzhou-lantern-festival", fmt="txt",
labels=dict(kind="other", tags=[], regions=["320400"]),
page="""
C|Welcome to follow Changzhou Release WeChat official account: czfb0519 (WeChat)
T|Lantern show lights up Changzhou's Qingguo Lane for Spring Festival
|
B|  The night before yesterday (February 8), the Qingguo Lane lantern show opened in Changzhou's Tianning District. More than 300 sets of lanterns, including dragon lanterns, lotus lanterns and giant zodiac figures, lit up the ancient lane and the banks of the canal.
|
B|  The show features intangible cultural heritage performances every evening, such as Changzhou comb-making and paper-cutting, and the lane's food stalls sell local snacks like sesame cakes and silver-thread noodles.
|
B|  The lantern show will run until the Lantern Festival. To ensure safety, the scenic area will limit the number of visitors to 20,000 at a time during peak hours.
|
C|You May Also Like
|
C|More From Author
"""),

dict(name="en-32-hangzhou-primary-school-enrollment", fmt="txt",
labels=dict(kind="other", tags=[], published="2024-04-25", regions=["330100"]),
page="""
C|Hangzhou Municipal Education Bureau - Notice
T|Hangzhou announces 2024 primary school enrollment schedule
C|Addtime:2024-04-25
B|The Hangzhou Municipal Education Bureau has announced the schedule for this year's primary school enrollment. Parents of children born between September 1, 2017 and August 31, 2018 should complete online registration from May 10 to May 20.
B|Registration requires the child's household registration booklet, the family's property certificate or rental registration, and the child's vaccination certificate. Children without local household registration can apply based on their parents' residence permits and social insurance records.
B|Admission results will be announced on July 5. Private schools will use computer lottery where applications exceed places.
C|Hangzhou Municipal Education Bureau  Address: 6 Xihu Road  Tel: 0571-8700-0000
"""),
]
