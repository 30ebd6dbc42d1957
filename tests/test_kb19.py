"""Actors Persian news names that the knowledge base lacked or could not link (rasad/data/kb/actors/kb19.yaml and a
few added forms): the Gas Exporting Countries Forum, the Kurdistan Region's security council and parliament,
Taliban-era Afghan ministries, rights, aid and rescue organisations, Iran's local councils, Istanbul's chief
prosecutor, Ukraine's commanders and officials. Sentences are the tests' own; the Afghan ministries' events are in
an Afghan outlet's copy (in an Iranian outlet's, a ministry named without its state is read as Iran's)."""

import pytest

from rasad.annotate.document import annotate_document
from rasad.records import RawDocument
from tests.test_kb_officials import _roles


@pytest.mark.parametrize("text, day, expected", [
    ("مجمع کشورهای صادرکننده گاز نشست وزیران خود را هفته آینده در دوحه برگزار می‌کند.", "2023-02-01",
     {"gas-exporting-countries-forum"}),
    ("شورای امنیت اقلیم کوردستان می‌گوید دو پهپاد پیش از رسیدن به هدف منهدم شدند.", "2024-01-10",
     {"kurdistan-region-security-council"}),
    ("نمایندگان پارلمان اقلیم کردستان درباره قانون انتخابات به توافق نرسیدند.", "2022-05-01",
     {"kurdistan-region-parliament"}),
    ("وزارت امور پیشمرگه از یکپارچه شدن دو تیپ دیگر خبر داد.", "2023-05-01", {"ministry-of-peshmerga-affairs"}),
    ("وزارت امور داخله از کشف یک انبار سلاح در ولایت ننگرهار خبر داد.", "2023-08-01",
     {"ministry-of-interior-affairs-afghanistan"}),
    ("وزارت امر به معروف و نهی از منکر محدودیت‌های تازه‌ای بر سفر زنان وضع کرد.", "2024-09-01",
     {"ministry-of-vice-and-virtue-afghanistan"}),
    ("وزارت اطلاعات و فرهنگ افغانستان پخش برنامه‌های یک تلویزیون خصوصی را متوقف کرد.", "2023-06-01",
     {"ministry-of-information-and-culture-afghanistan"}),
    ("شورای شهر مشهد و شورای اسلامی استان خوزستان بودجه سال آینده را بررسی کردند.", "2024-11-01",
     {"local-councils-of-iran"}),
    ("گروه ویژه اقدام مالی در نشست پاییزی خود وضعیت ایران را تغییر نداد.", "2022-10-21",
     {"financial-action-task-force"}),
    ("پزشکان بدون مرز و سازمان بین‌المللی مهاجرت از وضعیت پناهجویان در مرز ابراز نگرانی کردند.", "2023-03-01",
     {"medecins-sans-frontieres", "international-organization-for-migration"}),
    ("آکسفام، شورای پناهندگان نروژ و کمیته بین‌المللی نجات خواستار دسترسی امدادگران شدند.", "2024-02-01",
     {"oxfam", "norwegian-refugee-council", "international-rescue-committee"}),
    ("فریدم هاوس و فدراسیون بین‌المللی روزنامه‌نگاران گزارش‌های سالانه خود را منتشر کردند.", "2024-02-01",
     {"freedom-house", "international-federation-of-journalists"}),
    ("سازمان حقوق بشری هه‌نگاو از بازداشت سه فعال مدنی در سنندج خبر داد.", "2023-01-01", {"hengaw"}),
    ("هیومن رایتس واچ در گزارش تازه‌ای به وضعیت کارگران مهاجر پرداخت.", "2023-01-01", {"human-rights-watch"}),
    ("سازمان دیده‌بان حقوق بشر سوریه شمار کشته‌های درگیری‌های ادلب را اعلام کرد.", "2020-02-01",
     {"syrian-observatory-for-human-rights"}),
    ("فرانتکس می‌گوید عبور غیرقانونی از مرزهای شرقی اتحادیه کاهش یافته است.", "2024-05-01", {"frontex"}),
    ("یوری سنتیورین در مصاحبه‌ای آینده بازار گاز مایع را روشن دانست.", "2019-06-01", {"yury-sentyurin"}),
    ("کاردینال پیترو پارولین پیام پاپ را به رئیس‌جمهور لبنان رساند.", "2023-03-01", {"pietro-parolin"}),
    ("تیرانا حسن از دولت‌ها خواست فروش سلاح را متوقف کنند.", "2024-01-15", {"tirana-hassan"}),
    ("دیوید مک‌آلیستر خواستار واکنش سریع‌تر اتحادیه شد.", "2022-11-01", {"david-mcallister"}),
    ("داگ برگم، لی زلدین و شان دافی در جلسه کابینه حاضر بودند.", "2025-04-01",
     {"doug-burgum", "lee-zeldin", "sean-duffy"}),
    ("رابرت اف. کندی جونیور و الیز استفانیک در این مراسم سخنرانی کردند.", "2025-04-01",
     {"robert-f-kennedy-jr", "elise-stefanik"}),
    ("استیون میلر و سباستین گورکا از این تصمیم دفاع کردند.", "2025-04-01",
     {"stephen-miller-political-advisor", "sebastian-gorka"}),
    ("ریچارد گرنل که پیش‌تر سفیر واشنگتن در برلین بود، برای گفت‌وگو با مقام‌های ونزوئلا به کاراکاس رفت.",
     "2025-02-01", {"richard-grenell"}),
    ("کریستین اشتوکر و الکساندر دی کرو در بروکسل گفت‌وگو کردند.", "2025-04-01",
     {"christian-stocker", "alexander-de-croo"}),
    ("ساولی نینیستو و روسن ژلیازکوف پیام تبریک فرستادند.", "2025-02-01",
     {"sauli-niinisto", "rosen-zhelyazkov"}),
    ("رشید مردوف در عشق‌آباد میزبان همتای ترک خود بود.", "2024-05-01", {"rasit-meredow"}),
    ("کش پاتل و پم باندی درباره پرونده به خبرنگاران توضیح دادند.", "2025-04-01", {"kash-patel", "pam-bondi"}),
    ("پارلمان اتحادیه اروپا از تحریم‌های تازه حمایت کرد.", "2023-01-01", {"european-parliament"}),
    ("دفاع مدنی غزه می‌گوید سوخت خودروهای امدادی رو به پایان است.", "2024-08-01", {"palestinian-civil-defence"}),
    ("کلاه سفیدها پس از زلزله در شمال سوریه به جست‌وجوی بازماندگان پرداختند.", "2023-02-08", {"white-helmets"}),
    ("والری زالوژنی و کیریلو بودانوف در جلسه ستاد فرماندهی حاضر بودند.", "2023-05-01",
     {"valerii-zaluzhnyi", "kyrylo-budanov"}),
    ("اولکساندر سیرسکی از عقب‌نشینی نیروهایش از یک شهرک خبر داد.", "2024-06-01", {"oleksandr-syrskyi"}),
    ("ویتالی کلیچکو ساکنان شهر را به پناهگاه‌ها فراخواند.", "2024-06-01", {"vitali-klitschko"}),
    ("دوران کالکان و احمد تورک درباره روند صلح سخن گفتند.", "2025-03-01", {"duran-kalkan", "ahmet-turk"}),
    ("مصطفی هجری، خالد عزیزی و عبدالله مهتدی در نشستی در اربیل شرکت کردند.", "2022-09-01",
     {"mustafa-hijri", "khalid-azizi", "abdullah-mohtadi"}),
    ("حزب آزادی کردستان و حزب کومله کردستان بیانیه مشترکی دادند.", "2022-10-01",
     {"kurdistan-freedom-party", "komala-party-of-iranian-kurdistan"}),
    ("محمد الخلیفی و بلاول بوتو در دوحه گفت‌وگو کردند.", "2024-05-01",
     {"mohammed-bin-abdulaziz-al-khulaifi", "bilawal-bhutto-zardari"}),
    ("حکمت حاجی‌اف و گوا جیاکون هر دو به پرسش خبرنگاران پاسخ دادند.", "2025-03-01",
     {"hikmet-hajiyev", "guo-jiakun"}),
    ("سازمان کشورهای آمریکایی نشست فوق‌العاده‌ای درباره ونزوئلا برگزار کرد.", "2019-02-01",
     {"organization-of-american-states"}),
    ("پارلمان عربی و مجمع پارلمانی آسیا هر دو بیانیه‌ای درباره غزه صادر کردند.", "2023-11-01",
     {"arab-parliament", "asian-parliamentary-assembly"}),
    ("اجلاس سارک به دلیل اختلاف هند و پاکستان به تعویق افتاد.", "2016-10-01",
     {"south-asian-association-for-regional-cooperation"}),
    ("بانک توسعه جدید و جین لیکون و آجای بانگا در نشست مالی حضور داشتند.", "2024-05-01",
     {"new-development-bank", "jin-liqun", "ajay-banga"}),
    ("شورای همکاری کشورهای عرب خلیج فارس نشست وزیران خود را برگزار کرد.", "2024-05-01",
     {"gulf-cooperation-council"}),
])
def test_the_actor_links_by_its_persian_name(kb, text, day, expected):
    _, ids = _roles(text, kb, day)
    assert expected <= ids, ids


@pytest.mark.parametrize("phrase, day, holder", [
    ("دادستان استانبول", "2025-03-25", "Akın Gürlek"),
    ("وزیر دادگستری ترکیه", "2026-03-01", "Akın Gürlek"),
    ("دبیرکل مجمع کشورهای صادرکننده گاز", "2016-05-01", "Mohammad Hossein Adeli"),
    ("دبیرکل مجمع کشورهای صادرکننده گاز", "2020-05-01", "Yury Sentyurin"),
    ("رئیس پارلمان اقلیم کوردستان", "2019-04-01", "Vala Fareed"),
    ("رئیس پارلمان اقلیم کردستان", "2021-05-01", "Rewaz Fayeq"),
    ("رئیس پارلمان اروپا", "2020-05-01", "David Sassoli"),
    ("رئیس پارلمان اروپا", "2024-05-01", "Roberta Metsola"),
    ("فرمانده ارتش اوکراین", "2023-06-01", "Valerii Zaluzhnyi"),
    ("فرمانده ارتش اوکراین", "2024-06-01", "Oleksandr Syrskyi"),
    ("رئیس دفتر ریاست جمهوری اوکراین", "2026-02-01", "Kyrylo Budanov"),
])
def test_the_office_names_its_holder_on_the_day(kb, phrase, day, holder):
    roles, _ = _roles(f"به گزارش ایرنا، {phrase} امروز در سخنانی از ادامه همکاری‌ها خبر داد.", kb, day)
    assert holder in roles.values(), roles


def test_a_guardian_council_spokesman_links_by_name_with_the_council(kb):
    _, ids = _roles("نجات‌الله ابراهیمیان سخنگوی شورای نگهبان درباره بررسی صلاحیت‌ها توضیح داد.", kb, "2015-03-14")
    assert {"nejatollah-ebrahimian", "guardian-council"} <= ids, ids


def _events(text, kb, published):
    return annotate_document(RawDocument(source="t.txt", text=text, published=published), kb).events


@pytest.mark.parametrize("text, day, etype, source, target", [
    ("به گزارش ایرنا، هیومن رایتس واچ دولت عراق را به سرکوب معترضان متهم کرد.", "2023-01-01", "ACCUSE", "human-rights-watch", "IRQ"),
    ("به گزارش ایرنا، دادستان استانبول حکم بازداشت اکرم امام اوغلو را صادر کرد.", "2025-03-19T09:00:00+03:00", "COERCE", "akin-gurlek",
     "ekrem-imamoglu"),
    ("به گزارش طلوع نیوز، وزارت امور خارجه امارت اسلامی کاردار پاکستان در کابل را احضار کرد.", "2024-03-18", "ACCUSE", "taliban", "PAK"),
    ("به گزارش ایرنا، آکسفام و سازمان نجات کودکان از طرف‌های جنگ در سودان خواستند آتش‌بس را بپذیرند.", "2024-02-01", "REQUEST",
     "oxfam", "SDN"),
    ("به گزارش ایرنا، سازمان دفاع مدنی غزه روز یکشنبه اسرائیل را به هدف قرار دادن امدادگران متهم کرد.", "2024-08-01", "ACCUSE",
     "palestinian-civil-defence", "ISR"),
    ("به گزارش طلوع نیوز، وزارت امور داخله از بازداشت سه قاچاقچی در ولایت هرات خبر داد.", "2023-08-01", "COERCE",
     "ministry-of-interior-affairs-afghanistan", None),
])
def test_the_new_actor_is_an_events_side(kb, text, day, etype, source, target):
    published = day if "T" in day else f"{day}T10:00:00+03:30"
    events = _events(text, kb, published)
    found = [e for e in events if e.type == etype and source in e.source_ids]
    assert found, [(e.type, e.source_ids, e.target_ids) for e in events]
    if target:
        assert any(target in e.target_ids for e in found), [(e.type, e.source_ids, e.target_ids) for e in found]
