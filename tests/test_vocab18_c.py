"""Session 18 (slice C): wordings real news uses for visits, resignations, recognition, aid, praise, sympathy, joint
operations, releases and demands that the coder missed. The sentences are our own, with the wording of the event
the real pages used; each guard is an everyday sentence with the same words that must give no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # went to a place, the twin of "به … آمد"
    ("عباس عراقچی وزیر امور خارجه ایران در رأس هیئتی به مسکو رفت.", ("CONSULT", "abbas-araghchi", "RUS")),
    # stepped down, in the perfect
    ("محمدجواد ظریف به دلیل اختلاف با دولت از سمتش کنار رفته است.", ("CONCEDE", "mohammad-javad-zarif", None)),
    # recognised as something
    ("چین دولت جدید سوریه را به عنوان نماینده قانونی مردم این کشور به رسمیت شناخت.", ("SUPPORT", "CHN", "SYR")),
    # a sum given to someone
    ("ژاپن ۵ میلیون دلار به زلزله‌زدگان ترکیه کمک کرد.", ("AID", "JPN", "TUR")),
    # a party called a brother or strategic ally
    ("رئیس‌جمهور ترکیه جمهوری آذربایجان را متحد راهبردی آنکارا خواند.", ("SUPPORT", "recep-tayyip-erdogan", "AZE")),
    ("رجب طیب اردوغان جمهوری آذربایجان را برادر و دوست ترکیه توصیف کرد.", ("SUPPORT", "recep-tayyip-erdogan", "AZE")),
    # sympathy "خود را با X" with its verb far after
    ("امیر قطر همدردی خود را با مردم و دولت ترکیه به دلیل زلزله ویرانگر هفته گذشته در جنوب این کشور ابراز داشت.",
     ("SUPPORT", "tamim-bin-hamad-al-thani", "TUR")),
    # the welcomed step pointed to
    ("وزیر خارجه پاکستان با استقبال از این تصمیم چین، آن را گامی مهم برای منطقه دانست.", ("SUPPORT", "ishaq-dar", "CHN")),
    # a joint operation of two against a third
    ("ارتش سوریه و نیروهای روسیه عملیات مشترکی علیه داعش در بادیه انجام دادند.", ("COOPERATE", "syrian-arab-army", "RUS")),
    # released on a leader's order, the leader opening the sentence
    ("براساس فرمان هبت‌الله آخوندزاده، رهبر طالبان، ۴۰ زندانی از زندان ولایت هرات آزاد شدند.",
     ("RETREAT", "hibatullah-akhundzada", None)),
    # a demand in the last clause of a quote
    ("محمدجواد ظریف نوشت: ادعاهای تکراری واشنگتن چیزی را تغییر نمی‌دهد، آمریکا ملزم به اجرای تعهدات خود است.",
     ("REQUEST", "mohammad-javad-zarif", "USA")),
    # a demand told as a belief, after a semicolon
    ("دولت عراق معتقد است ترکیه باید نیروهای خود را از خاک این کشور خارج کند.", ("REQUEST", "IRQ", "TUR")),
    ("دو کشور خواهان گسترش روابط هستند؛ دولت عراق معتقد است ترکیه باید نیروهای خود را خارج کند.", ("REQUEST", "IRQ", "TUR")),
    # the two sides of a call: our country's office, or an honorific, between them
    ("عباس عراقچی وزیر امور خارجه کشورمان و بدر البوسعیدی وزیر خارجه عمان روز سه‌شنبه در گفت‌وگویی تلفنی به بحث و"
     " تبادل نظر پرداختند.", ("CONSULT", "abbas-araghchi", "badr-bin-hamad-al-busaidi")),
    ("عباس عراقچی و شیخ عبدالله بن زاید آل نهیان، وزیر امور خارجه امارات، روز دوشنبه به بحث و تبادل نظر پرداختند.",
     ("CONSULT", "abbas-araghchi", "abdullah-bin-zayed-al-nahyan")),
    # a departing guest seen off by the host
    ("کاظم جلالی سفیر ایران در روسیه، سرگئی لاوروف را در فرودگاه مسکو بدرقه کرد.", ("CONSULT", "sergey-lavrov", "kazem-jalali")),
    # thanks with its light verb left out before the next verb
    ("شورای امنیت از تلاش‌های قطر قدردانی و آن را گامی مهم برای صلح خواند.",
     ("SUPPORT", "united-nations-security-council", "QAT")),
    # aid for the stricken, named before where they are
    ("دولت ازبکستان ۵۰۰ تن کمک بشردوستانه برای آسیب‌دیدگان سیل اخیر در شمال افغانستان ارسال کرد.", ("AID", "UZB", "AFG")),
    # aid put at the disposal of the stricken
    ("دولت چین کمک‌های نقدی در اختیار سیل‌زدگان پاکستان قرار داد.", ("AID", "CHN", "PAK")),
    # an agreement signed by people named at length with their offices
    ("توافق‌نامه همکاری امنیتی میان ایران و ازبکستان به امضای «اسکندر مؤمنی» وزیر کشور ایران و «پولات بابایف» وزیر"
     " امور داخلی جمهوری ازبکستان رسید.", ("AGREE", "IRN", "UZB")),
    # a list's comma does not end the clause an aid's recipient stands in
    ("هلال احمر قطر از ارسال ۲۰ تن کمک بشردوستانه شامل آرد، برنج و روغن برای سیل‌زدگان پاکستان خبر داد.",
     ("AID", "qatar-red-crescent-society", "PAK")),
    # a demand closing on its own verb, across a list's comma
    ("جنبش حماس در پیامی فوری خطاب به کشورهای اسلامی خواهان اعمال فشار بر اسرائیل برای توقف حملات علیه لبنان، سوریه"
     " و یمن شد.", ("REQUEST", "hamas", "ISR")),
    # support of a long list of things, the actor right before the verb
    ("چین همواره از ثبات، توسعه اقتصادی و بازسازی زیرساخت‌های ویران‌شده پاکستان حمایت کرده است.", ("SUPPORT", "CHN", "PAK")),
    # pride in another's help
    ("رئیس‌جمهور سوریه گفت مردم سوریه به کمک‌های روسیه در جنگ با تروریسم افتخار می‌کنند.",
     ("SUPPORT", "bashar-al-assad", "RUS")),
    # the stricken of a place stand for its state
    ("قطر ۲۰ تن دارو برای زلزله‌زدگان حلب ارسال کرد.", ("AID", "QAT", "SYR")),
    # released, the passive's verb left out before the next verb
    ("دو شهروند فرانسوی پس از میانجیگری عمان از زندان ایران آزاد و به پاریس بازگشتند.", ("RETREAT", "IRN", "FRA")),
])
def test_session18_c_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("عباس عراقچی فردا به دوحه خواهد رفت.", "CONSULT"),  # a plan, not a visit
    ("قیمت دلار دیروز در بازار تهران به بالای ۶۰ هزار تومان رفت.", "CONSULT"),
    ("او این کتاب را ارزشمند خواند و آن را به دوستانش هدیه داد.", "SUPPORT"),
    ("وزیر خارجه ایران نتایج دیدار با همتای عمانی را ارزشمند دانست.", "SUPPORT"),
    ("کارشناسان معتقدند بانک مرکزی باید نرخ بهره را افزایش دهد.", "REQUEST"),
    ("این شرکت ۵ میلیون دلار به توسعه بازار داخلی کمک کرد.", "AID"),
    ("پلیس و شهرداری تهران عملیات مشترک پاکسازی معابر را انجام دادند.", "COOPERATE"),
    ("خانواده‌ها فرزندان خود را تا پادگان بدرقه کردند.", "CONSULT"),
    ("این شرکت کمک‌های فنی خود را در اختیار مشتریان قرار داد.", "AID"),
    ("مدیر مدرسه از معلمان قدردانی و برنامه سال آینده را اعلام کرد.", "SUPPORT"),
    ("قرارداد خرید منزل به امضای خریدار و فروشنده و دو شاهد در دفترخانه رسمی شماره ۱۲ شهر تهران رسید.", "AGREE"),
    ("کمیته برگزاری جشنواره خواهان حضور گسترده هنرمندان تئاتر، سینما و موسیقی در مراسم افتتاحیه شد.", "REQUEST"),
    ("این بانک از طرح‌های تولیدی، صنایع کوچک و شرکت‌های دانش‌بنیان استان تهران حمایت می‌کند.", "SUPPORT"),
    ("سرمربی تیم گفت ما به حمایت‌های هواداران افتخار می‌کنیم.", "SUPPORT"),
    ("گرجستان در سال ۲۰۰۸ از خود در برابر تجاوز روسیه دفاع کرد.", "SUPPORT"),  # self-defence backs no one
    ("هلال احمر ایران به سیل‌زدگان سیستان و بلوچستان کمک کرد.", "AID"),  # the stricken of one's own country
    ("او پس از پایان دوران محکومیت از زندان آزاد و به خانه بازگشت.", "RETREAT"),
])
def test_session18_c_everyday_senses_are_no_events(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype], sentence
