"""Session 19 (slice G): who is the visitor, the host or the caller in real news's meetings, visits and calls. Each
case is written anew (other actors, other details) with the clause structure outlets use; the guards are sentences
with the same words that report no such event, or the event with its usual parties."""

from __future__ import annotations

import pytest

from tests.event_text import assert_coded, reported_events


@pytest.mark.parametrize("sentence,expected", [
    # a trip whose purpose is a meeting of an intergovernmental body is with that body, not with the host state
    ("رجب طیب اردوغان به منظور حضور در نشست سالانه مجمع عمومی سازمان ملل متحد وارد نیویورک شد.",
     ("CONSULT", "recep-tayyip-erdogan", "united-nations-general-assembly")),
    ("ولادیمیر پوتین برای شرکت در اجلاس سران بریکس به ژوهانسبورگ سفر کرد.", ("CONSULT", "vladimir-putin", "brics")),
    ("نخست‌وزیر هند روز گذشته برای شرکت در اجلاس سران سازمان همکاری شانگهای، عازم آستانه شد.",
     ("CONSULT", "narendra-modi", "shanghai-cooperation-organisation")),
    # ... also with a meeting joined to the purpose (that meeting is only planned)
    ("امانوئل مکرون برای شرکت در نشست سران سازمان پیمان آتلانتیک شمالی و دیدار با رجب طیب اردوغان به آنکارا سفر کرد.",
     ("CONSULT", "emmanuel-macron", "nato")),
    # a delegation "به سرپرستی X" after a quoted name is X's
    ("یک هیئت از «جنبش حماس» به سرپرستی خلیل الحیه وارد قاهره شد.", ("CONSULT", "khalil-al-hayya", "EGY")),
    # a meeting noun with its owner and its partner after "با", told as held in the passive
    ("دیدار هاکان فیدان با فؤاد حسین وزیر خارجه عراق عصر دیروز در آنکارا انجام شد.",
     ("CONSULT", "hakan-fidan", "fuad-hussein")),
    ("نشست صمیمانه عباس عراقچی با فیصل بن فرحان وزیر خارجه عربستان سعودی در ریاض برگزار شد.",
     ("CONSULT", "abbas-araghchi", "faisal-bin-farhan-al-saud")),
    ("ملاقات سرگئی لاوروف با هاکان فیدان در حاشیه نشست بریکس صورت گرفت.", ("CONSULT", "sergey-lavrov", "hakan-fidan")),
    # "دیدار X از PLACE" is X's visit to the place, not the speaker's meeting with X
    ("عباس عراقچی پس از دیدار سرگئی لاوروف از تهران گفت روابط دو کشور راهبردی است.", ("CONSULT", "sergey-lavrov", "IRN")),
    ("سفیر روسیه در آنکارا گفت: دیدار رجب طیب اردوغان از مسکو به گسترش روابط دو کشور کمک کرد.",
     ("CONSULT", "recep-tayyip-erdogan", "RUS")),
    # the people of a body as the next party of a list
    ("حماس در قاهره با دیپلمات‌های مصر و اعضای اتحادیه عرب رایزنی کرد.", ("CONSULT", "hamas", "arab-league")),
    ("وزیر خارجه ترکیه در آنکارا با مقامات روسیه و نمایندگان سازمان ملل متحد دیدار کرد.",
     ("CONSULT", None, "united-nations")),
    # a courtesy title before the next party of a list
    ("هاکان فیدان در ژنو با وزیر خارجه فرانسه و خانم «آنالنا بربوک» وزیر خارجه آلمان دیدار کرد.",
     ("CONSULT", "hakan-fidan", "annalena-baerbock")),
])
def test_session19_g_parties(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence,party", [
    # a call announced for a later day: the noun's clause closes in the future or in a present of the future
    ("سخنگوی دفتر ریاست جمهوری ترکیه اعلام کرد که گفت‌وگوی تلفنی میان رجب طیب اردوغان و ولادیمیر پوتین رئیس‌جمهور"
     " روسیه در روز دوشنبه ۲۰ اکتبر (۲۸ مهر ماه) انجام خواهد شد.", "vladimir-putin"),
    ("سخنگوی کاخ الیزه گفت که مکالمه تلفنی میان رؤسای جمهور فرانسه و روسیه فردا انجام می‌شود.", "vladimir-putin"),
    ("سخنگوی کاخ الیزه گفت تماس تلفنی میان امانوئل مکرون و ولادیمیر پوتین پنجشنبه صورت می‌گیرد.", "vladimir-putin"),
    # a meeting scheduled, or on an agenda
    ("دیدار امانوئل مکرون و اولاف شولتس در برلین برای فردا در نظر گرفته شده است.", "olaf-scholz"),
    ("دستور کار نارندرا مودی در سفر به ژاپن شامل دیدار با امپراتور ژاپن و فومیو کیشیدا نخست وزیر این کشور است.",
     "fumio-kishida"),
    # a third-person pronoun in a speaker's direct quote is not the speaker: the speaker meets no one
    ("ماریا زاخارووا روز پنجشنبه در پاسخ به پرسشی درباره برنامه‌های ظریف در مسکو تصریح کرد: او هفته آینده با سرگئی"
     " لاوروف گفت‌وگو خواهد کرد.", "maria-zakharova"),
    # a meeting noun opening its sentence is the subject of the sentence's last verb, here of the future
    ("دیدار امانوئل مکرون و اولاف شولتس، رهبران فرانسه و آلمان، که پس از ماه‌ها تاخیر در پاریس انجام می‌شود برای شنبه"
     " آینده برنامه‌ریزی شده است.", "olaf-scholz"),
    ("دیدار عباس عراقچی و هاکان فیدان، وزرای خارجه ایران و ترکیه، که در استانبول صورت می‌گیرد روز شنبه برگزار"
     " خواهد شد.", "hakan-fidan"),
    # a meeting that is a trip's purpose, joined to its first noun
    ("امیر قطر برای شرکت در نشست سران سازمان همکاری اسلامی و دیدار با رجب طیب اردوغان وارد استانبول شد.",
     "recep-tayyip-erdogan"),
])
def test_session19_g_planned_meeting_is_not_held(kb, sentence, party):
    """A meeting only announced, scheduled or aimed at is no meeting held."""
    events = reported_events(sentence, kb)
    assert not [e for e in events if e.type == "CONSULT" and party in e.source_ids + e.target_ids], \
        [(e.type, e.source_ids, e.target_ids, e.rule) for e in events]


@pytest.mark.parametrize("sentence,visitor,state", [
    # the partner of a meeting that is the trip's purpose, or that a later future verb closes, is not yet met
    ("امیر قطر امروز برای دیدار با «رجب طیب اردوغان» رئیس‌جمهور ترکیه وارد آنکارا شد.", "tamim-bin-hamad-al-thani", "TUR"),
    ("امانوئل مکرون در سفر به پکن با شی جین‌پینگ، لی چیانگ و وانگ یی دیدار و گفت‌وگو خواهد کرد.", "emmanuel-macron", "CHN"),
])
def test_session19_g_visit_host_only_to_be_met(kb, sentence, visitor, state):
    events = [e for e in reported_events(sentence, kb) if e.type == "CONSULT" and visitor in e.source_ids]
    assert events and all(e.target_ids == [state] for e in events), [(e.source_ids, e.target_ids) for e in events]


def test_session19_g_visit_keeps_its_host_beside_a_planned_meeting(kb):
    """"وارد تهران شد ... بناست با X دیدار کند": the arrival is a visit to the state; the meeting is only planned."""
    events = reported_events("وزیر خارجه چین وارد تهران شد. وانگ یی همچنین بناست با مسعود پزشکیان رئیس‌جمهور ایران"
                             " دیدار و گفت‌وگو کند.", kb)
    visits = [e for e in events if e.type == "CONSULT" and "wang-yi" in e.source_ids]
    assert visits and all(e.target_ids == ["IRN"] for e in visits), [(e.source_ids, e.target_ids) for e in events]


@pytest.mark.parametrize("sentence,expected", [
    # a purpose that is no intergovernmental meeting keeps the host state; a meeting held is still held
    ("وزیر خارجه آلمان برای شرکت در مراسم تشییع پاپ به رم سفر کرد.", ("CONSULT", None, "ITA")),
    ("دیدار رجب طیب اردوغان و ولادیمیر پوتین در سوچی انجام شد.", ("CONSULT", "recep-tayyip-erdogan", "vladimir-putin")),
    ("ولادیمیر پوتین پس از پایان اجلاس سران بریکس در ژوهانسبورگ با سیریل رامافوزا دیدار کرد.",
     ("CONSULT", "vladimir-putin", "cyril-ramaphosa")),
    ("نخست‌وزیر ژاپن وارد پکن شد. فومیو کیشیدا قرارست با شی جین‌پینگ دیدار کند.", ("CONSULT", "fumio-kishida", "CHN")),
    # the speaker's pronoun in an indirect report, and "ما" in a quote, are the speaker's; a pronoun in a quote after
    # another person named points to that person
    ("عباس عراقچی گفت که او هفته آینده با وانگ یی دیدار خواهد کرد.", ("CONSULT", "abbas-araghchi", "wang-yi")),
    ("سرگئی لاوروف اعلام کرد: ما با عباس عراقچی دیدار خواهیم کرد.", ("CONSULT", "sergey-lavrov", "abbas-araghchi")),
    ("مائو نینگ سخنگوی وزارت خارجه چین با اشاره به سفر عباس عراقچی به پکن گفت: او در این سفر با وانگ یی دیدار خواهد"
     " کرد.", ("CONSULT", "abbas-araghchi", "wang-yi")),
    ("دیدار امانوئل مکرون و اولاف شولتس، رهبران فرانسه و آلمان، در برلین انجام شد.",
     ("CONSULT", "emmanuel-macron", "olaf-scholz")),
    ("دیدار امانوئل مکرون و اولاف شولتس که دیروز در برلین برگزار گردید و ساعت‌ها طول کشید به بهبود روابط دو کشور"
     " کمک خواهد کرد.", ("CONSULT", "emmanuel-macron", "olaf-scholz")),
    ("عباس عراقچی در دیدار با سرگئی لاوروف از مواضع روسیه قدردانی کرد.", ("CONSULT", "abbas-araghchi", "sergey-lavrov")),
    # "در دستور کار قرار گرفت" closes its clause: the meeting told after it was held
    ("بررسی روابط دوجانبه در دستور کار قرار گرفت و عباس عراقچی در دیدار با سرگئی لاوروف بر گسترش همکاری تاکید کرد.",
     ("CONSULT", "abbas-araghchi", "sergey-lavrov")),
    # a host met on the trip, in the past, or met after the arrival, is still the visit's
    ("امانوئل مکرون در سفر به پکن با شی جین‌پینگ دیدار و گفت‌وگو کرد.", ("CONSULT", "emmanuel-macron", "xi-jinping")),
    ("امیر قطر برای دیدار با رجب طیب اردوغان وارد آنکارا شد و با او دیدار کرد.",
     ("CONSULT", "tamim-bin-hamad-al-thani", "recep-tayyip-erdogan")),
])
def test_session19_g_guards_keep_the_usual_parties(kb, sentence, expected):
    assert_coded(sentence, kb, expected)


@pytest.mark.parametrize("sentence", [
    "نشست هفتگی هیئت دولت هر یکشنبه در تهران برگزار می‌شود.",
    "نشست شورای امنیت سازمان ملل درباره یمن فردا برگزار می‌شود.",
    "او برای خرید کتاب و دیدار با دوستانش به بازار رفت.",
    "دانشجویان برای شرکت در المپیاد جهانی ریاضی عازم ژاپن شدند.",
    # "با" opening a topic; a match between teams
    "نشست شورای امنیت سازمان ملل با موضوع سوریه برگزار شد.",
    "نشست کمیسیون امنیت ملی مجلس با محوریت روابط با روسیه برگزار شد.",
    "دیدار تیم ملی فوتبال ایران با ژاپن در ورزشگاه آزادی برگزار شد.",
    "دیدار پرسپولیس با استقلال در ورزشگاه آزادی برگزار شد.",
    "دیدار دوستانه ایران با روسیه در مسکو برگزار شد.",
    "نشست مجمع عمومی سازمان ملل با سخنرانی آنتونیو گوترش برگزار شد.",
    "رجب طیب اردوغان برای دیدار با مردم زلزله‌زده و شرکت در مراسم افتتاح بیمارستان به هاتای رفت.",
    # a visit told as "دیدار X از" a place at home
    "دیدار مسعود پزشکیان از تبریز با استقبال گرم مردم همراه بود.",
])
def test_session19_g_everyday_words_are_no_meeting(kb, sentence):
    assert not [e for e in reported_events(sentence, kb) if e.type == "CONSULT"]
