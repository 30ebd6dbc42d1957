"""Session 19 (slice L): wordings Persian outlets use for statements between states and leaders (criticism,
accusation, warning, demand, support, rejection) that the coder missed. Each case is written anew (other actors,
other details), with the event's wording as outlets use it; the guards are everyday sentences with the same words
that report no such event."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a warning as a statement's setting
    ("وزیر خارجه ترکیه در هشداری صریح به یونان گفت: آنکارا نقض حریم هوایی خود را تحمل نمی‌کند.",
     ("THREATEN", "hakan-fidan", "GRC")),
    # another's statement rejected in passing
    ("سخنگوی وزارت خارجه چین ضمن رد بیانیه وزارت خارجه ژاپن، گفت این بیانیه دخالت در امور داخلی است.",
     ("REJECT", "mao-ning", "ministry-of-foreign-affairs-japan")),
    # congratulations sent "برای" the addressee
    ("امیر قطر برای رجب طیب اردوغان به مناسبت پیروزی در انتخابات پیام تبریک فرستاد.",
     ("SUPPORT", "tamim-bin-hamad-al-thani", "recep-tayyip-erdogan")),
    # a verbal attack as the manner of a statement; a stand taken against a party
    ("سرگئی لاوروف با حمله لفظی به آمریکا گفت واشنگتن مسئول بحران اوکراین است.", ("ACCUSE", "sergey-lavrov", "USA")),
    ("وزیر خارجه عربستان با حمله شدیداللحن علیه ایران گفت تهران در امور کشورهای عربی دخالت می‌کند.",
     ("ACCUSE", "faisal-bin-farhan-al-saud", "IRN")),
    ("رجب طیب اردوغان در نشست خبری آنکارا علیه اسرائیل موضع گرفت.", ("ACCUSE", "recep-tayyip-erdogan", "ISR")),
    # claims against a party repeated, raised, attributed, or made in passing
    ("وزیر خارجه بریتانیا ادعاهای بی‌اساس لندن علیه روسیه را تکرار کرد.", ("ACCUSE", "david-lammy", "RUS")),
    ("بنیامین نتانیاهو بار دیگر ادعاهایی را علیه ترکیه مطرح کرد.", ("ACCUSE", "benjamin-netanyahu", "TUR")),
    ("سخنگوی وزارت خارجه آمریکا با تکرار ادعاها علیه چین، گفت پکن به هکرها پناه می‌دهد.",
     ("ACCUSE", "matthew-miller", "CHN")),
    ("وزیر دفاع اسرائیل اتهاماتی را به حزب‌الله نسبت داد.", ("ACCUSE", "yoav-gallant", "hezbollah")),
    ("سخنگوی کاخ سفید در ادامه اتهام‌زنی‌ها علیه ونزوئلا، اتهاماتی را بدون ارائه هیچ سند و مدرک معتبری مطرح کرده است.",
     ("ACCUSE", "white-house", "VEN")),
    ("وزیر خارجه عربستان با ادعای اینکه ایران در یمن دخالت می‌کند، خواستار فشار بیشتر شد.",
     ("ACCUSE", "faisal-bin-farhan-al-saud", "IRN")),
    # blame in the plural present; a charge after an adverb, or a long charge
    ("مقامات پاکستان طالبان را مقصر ناامنی‌های مرزی می‌دانند.", ("ACCUSE", "PAK", "taliban")),
    ("وزیر خارجه آمریکا روسیه را بار دیگر متهم به دخالت در انتخابات کرد.", ("ACCUSE", "antony-blinken", "RUS")),
    ("وزیر دفاع پاکستان طالبان را متهم به حمایت از گروه‌های مسلح در مناطق مرزی شمال کرد.",
     ("ACCUSE", "khawaja-muhammad-asif", "taliban")),
    # a party's deed judged a danger (the endangered after "برای" is not the target)
    ("وزیر دفاع آمریکا برنامه موشکی کره شمالی را خطری جدی برای امنیت منطقه خواند.", ("ACCUSE", "lloyd-austin", "PRK")),
    ("نخست‌وزیر ژاپن آزمایش موشکی کره شمالی را خطری برای ژاپن، کره جنوبی و منطقه دانست.", ("ACCUSE", None, "PRK")),
    # likened to Hitler, the object in apposition closed by its comma before "را"
    ("نیکولاس مادورو، رئیس‌جمهور ونزوئلا، دونالد ترامپ، رئیس‌جمهور آمریکا، را به آدولف هیتلر، رهبر آلمان نازی، تشبیه کرد.",
     ("ACCUSE", "nicolas-maduro", "donald-trump")),
    ("وزارت خارجه روسیه جو بایدن، رئیس‌جمهور آمریکا، را به دروغگویی متهم کرد.",
     ("ACCUSE", "ministry-of-foreign-affairs-russia", "joe-biden")),
    # condolence as the manner of a message to the addressee
    ("نخست‌وزیر پاکستان در پیامی به رجب طیب اردوغان، ضمن تسلیت به خاطر جان باختن شماری از مردم این کشور در سیل، آمادگی"
     " اسلام‌آباد برای کمک را اعلام کرد.", ("SUPPORT", "shehbaz-sharif", "recep-tayyip-erdogan")),
    # talks with a party ruled out; a charge declared void in answer to its maker
    ("وزیر خارجه کره شمالی هرگونه مذاکره با دولت آمریکا را منتفی دانست.", ("REJECT", "choe-son-hui", "USA")),
    ("وزارت خارجه چین در واکنش به ادعای وزیر دفاع آمریکا، این اتهامات را مردود اعلام کرد.",
     ("REJECT", "ministry-of-foreign-affairs-china", "lloyd-austin")),
    # a deed declared condemned in reported speech (its doer the target); the price to be paid back
    ("سخنگوی وزارت خارجه فرانسه گفت: تصمیم رجب طیب اردوغان برای تبدیل ایاصوفیه به مسجد محکوم است.",
     ("ACCUSE", None, "recep-tayyip-erdogan")),
    ("سخنگوی وزارت خارجه چین گفت: این اقدام خطایی بود که دولت ژاپن باید تاوان آن را پس دهد.", ("THREATEN", None, "JPN")),
    # thanks as the manner of a statement
    ("وزیر خارجه پاکستان با تشکر از چین گفت پکن شریک راهبردی اسلام‌آباد است.", ("SUPPORT", "ishaq-dar", "CHN")),
])
def test_session19_l_wordings(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,etype", [
    ("تیم ملی با حمله سریع به دروازه حریف گل دوم را به ثمر رساند.", "ACCUSE"),
    ("مربی با حمله تند به داوری گفت تیمش بازنده واقعی نبود.", "ACCUSE"),
    ("کارشناسان تغییرات اقلیمی را خطری جدی برای کشاورزی خواندند.", "ACCUSE"),
    ("پزشکان چاقی را خطری برای سلامت کودکان دانستند.", "ACCUSE"),
    ("نویسنده قهرمان داستانش را به فرعون تشبیه کرد.", "ACCUSE"),
    ("شاگردان ادعاهای خود علیه معلم را تکرار کردند.", "ACCUSE"),
    ("دانش‌آموز در هشداری به همکلاسی‌اش گفت معلم در راه است.", "THREATEN"),
    ("مدیر شرکت ضمن رد گزارش مالی گفت اعداد اشتباه است.", "REJECT"),
    ("دانشجویان مذاکره با رئیس دانشکده را رد کردند.", "REJECT"),
    ("او برای مادرش پیام تبریک فرستاد.", "SUPPORT"),
    ("مربی با تشکر از بازیکنان گفت این پیروزی حاصل تلاش همه بود.", "SUPPORT"),
    ("کارمندان ضمن تسلیت به همکارشان، در مراسم ختم شرکت کردند.", "SUPPORT"),
    ("کارشناسان گفتند این طرح محکوم به شکست است.", "ACCUSE"),
    ("مربی گفت این بازیکن باید تاوان اشتباهش را پس بدهد.", "THREATEN"),
])
def test_session19_l_everyday_words_are_no_event(kb, sentence, etype):
    assert not [e for e in reported_events(sentence, kb) if e.type == etype]
