"""Questions answered in words, fifth round (`bot/qa/in_words.py`): what the 800 thousand
reports are, the deputy's own trust asked sideways, accountability, what the Prosecutor's Office
stated, bribes, who the partly trusting are, a survey or statistics, the police before the
reform, national or a city's figure, the outlet asked briefly, whose the reasons are,
villages, a reform asked after a story, and others' distrust asked by one who trusts. Our own
phrasings, in ru / kk (also without its letters, and in Latin) / en. Each class: the intent it
gets, the words its answer must hold (one word of each tuple), and its phrasings."""

import pytest

from bot.qa import QAEngine, intents
from bot.qa.plain import plain_text
from tests.qa.talk import chat

FORMALISM = "reason_formalism"
CORRUPTION = "reason_corruption"

Wanted = tuple[tuple[str, ...], ...]
CLASSES: dict[str, tuple[str, Wanted, list[tuple[str, str]]]] = {
    # "800 thousand — reports of what?": offences against the person, no breakdown by kind
    "reports_kind": (
        FORMALISM,
        (("личност", "жеке", "person"), ("разбивки", "бөлініс", "breakdown")),
        [
            ("эти 800 тысяч сообщений — о каких правонарушениях речь?", "ru"),
            ("что за правонарушения против личности имеются в виду, побои?", "ru"),
            ("800 мың хабарлама қандай құқық бұзушылықтар туралы?", "kk"),
            ("zheke adamga karsy kukyk buzushylyktar degeni ne?", "kk"),
            ("жеке адамга карсы кукык бузушылыктар деген не?", "kk"),
            ("the 800k reports — what kind of offences are those?", "en"),
            ("what counts as an offence against the person here?", "en"),
        ],
    ),
    # "So does she trust the police or not?", her words begun: "her police protect her"
    "her_own_trust": (
        intents.DEPUTY_STANCE,
        (("бережёт", "қорға", "protect"),),
        [
            ("так депутат сама полиции доверяет или нет?", "ru"),
            ("Имашева лично доверяет полиции?", "ru"),
            ("депутат өзі полицияға сене ме, жоқ па?", "kk"),
            ("Имашева полицияға сенетінін айтты ма?", "kk"),
            ("imasheva ozi policiyaga sene me?", "kk"),
            ("so does the deputy herself trust the police or not?", "en"),
            ("she said 'her police ...' and then what?", "en"),
            ("она говорила что её полиция её... как там было?", "ru"),
        ],
    ),
    # "Is the police accountable now?": her question of a service police, and the reform
    "accountable_police": (
        intents.REFORM,
        (("сервисн", "сервистік", "service"),),
        [
            ("а про подотчётность полиции она что-нибудь говорила?", "ru"),
            ("полиция стала подотчётной?", "ru"),
            ("полиция есеп беретін болды ма?", "kk"),
            ("депутат полицияның есептілігі туралы айтты ма?", "kk"),
            ("is the police accountable now, according to her?", "en"),
            ("any word on police accountability?", "en"),
        ],
    ),
    # "What did the Prosecutor General's Office state?": the reports left unconsidered
    "prosecutors_stated": (
        FORMALISM,
        (("рассмотрения", "қарал", "consideration"),),
        [
            ("что заявила Генпрокуратура?", "ru"),
            ("а прокуратура что говорит?", "ru"),
            ("Бас прокуратура не айтты?", "kk"),
            ("bas prokuratura ne dedi?", "kk"),
            ("what does the prosecutor's office say?", "en"),
            ("what did the general prosecutor report?", "en"),
        ],
    ),
    # "What about bribes?", "the commonest kind of corruption?": bribes and fraud
    "bribes": (
        CORRUPTION,
        (("взятк", "пара", "brib"),),
        [
            ("что в статье про взятки?", "ru"),
            ("какой вид коррупции в полиции самый частый?", "ru"),
            ("параны кім алады, не айтылған?", "kk"),
            ("sybailas zhemkorlyktyn en zhii turi kandai?", "kk"),
            ("жемқорлықтың ең көп таралған түрі қандай?", "kk"),
            ("does it mention bribes?", "en"),
            ("which type of corruption is most typical for police?", "en"),
        ],
    ),
    # "Who are the partly trusting?": the source's word, counted within the 37 %
    "partly_trusting": (
        intents.PARTLY_MEANING,
        (("частичн", "ішінара", "partl"), ("37",)),
        [
            ("частично доверяющие — это кто?", "ru"),
            ("что значит частично доверяют?", "ru"),
            ("ішінара сенетіндер деген кімдер?", "kk"),
            ("ishinara senetinder kimder?", "kk"),
            ("who are the people who trust partly?", "en"),
            ("what does partly trusting mean?", "en"),
        ],
    ),
    # "Is it a survey or statistics?": national statistics the deputy cites
    "survey_or_statistics": (
        intents.SOURCE,
        (("статистик", "статистика", "statistic"),),
        [
            ("эти цифры из соцопроса или из статистики?", "ru"),
            ("это статистика или результаты опроса?", "ru"),
            ("бұл сауалнама ма, әлде статистика ма?", "kk"),
            ("bul saualnama ma alde statistika ma?", "kk"),
            ("are these survey results or official statistics?", "en"),
            ("is this from a poll or from stats?", "en"),
        ],
    ),
    # "What was the police like before the reform?": closed, opaque, punitive
    "police_before_reform": (
        intents.REFORM,
        (("закрыт", "жабық", "closed"),),
        [
            ("а до реформы какая была полиция?", "ru"),
            ("какой полиция была раньше, до реформы?", "ru"),
            ("реформаға дейін полиция қандай болған?", "kk"),
            ("reformaga deiin policiya kandai bolgan?", "kk"),
            ("what was the police like before the reform?", "en"),
            ("how did the deputy describe the police before the reform?", "en"),
        ],
    ),
    # "Is 63 % national or one city's?": all Kazakhstan, no city figure
    "national_or_city": (
        intents.SOURCE,
        (("национальн", "ұлттық", "national"), ("город", "қала", "city")),
        [
            ("38% и 63% — это общенациональные цифры или только по Астане?", "ru"),
            ("63 процента — национальная цифра или городская?", "ru"),
            ("бұл ұлттық деректер ме, әлде тек Шымкент бойынша ма?", "kk"),
            ("63 paiyz ulttyk korsetkish pe?", "kk"),
            ("is the 63% a national figure or just for Almaty?", "en"),
            ("is this trust level national or for one city?", "en"),
        ],
    ),
    # "Which outlet is this from?", "where can I read it?": Kursiv and its date
    "outlet": (
        intents.PUBLICATION,
        (("курсив", "kursiv"), ("13.10.2025", "october 13, 2025")),
        [
            ("из какого издания это?", "ru"),
            ("где можно прочитать статью?", "ru"),
            ("мақаланы қайдан оқуға болады?", "kk"),
            ("makalany kaidan okuga bolady?", "kk"),
            ("where can I read the article?", "en"),
            ("where do i read the original?", "en"),
        ],
    ),
    # "Official position or her own?": the reasons are her own assessment
    "whose_reasons": (
        intents.REASONS,
        (("самого депутата", "өз бағасы", "own assessment"),),
        [
            ("причины недоверия — это официальная позиция МВД или личное мнение депутата?", "ru"),
            ("сенбеу себептері ІІМ-нің ресми ұстанымы ма, әлде депутаттың өз пікірі ме?", "kk"),
            ("are those reasons the ministry's official view or just her own opinion?", "en"),
            ("is the list of reasons official or the deputy's personal opinion?", "en"),
        ],
    ),
    # "Does the article say anything of villages?": rural areas lack inspectors
    "villages": (
        intents.PREVENTION,
        (("сельск", "ауыл", "rural"),),
        [
            ("а что в статье про сельскую местность?", "ru"),
            ("про деревни в статье что-нибудь есть?", "ru"),
            ("ауылдар туралы мақалада не бар?", "kk"),
            ("auyl turaly makalada ne aitylgan?", "kk"),
            ("does the article say anything about rural areas?", "en"),
            ("what about villages, anything in the article?", "en"),
        ],
    ),
    # "…was there some reform, what changed?" after a story: the inspectors' reform
    "reform_after_a_story": (
        intents.REFORM,
        (("участков", "учаске", "inspector"),),
        [
            (
                (
                    "Держу ларёк на рынке. Раньше полицейские заходили за деньгами, теперь вежливо "
                    "здороваются, а участковый вступил в чат нашего дома. "
                    "Была какая-то реформа? Что поменялось?"
                ),
                "ru",
            ),
            (
                (
                    "Базарда дүкенім бар. Бұрын полиция ақша сұрап келетін, қазір сәлемдеседі, "
                    "учаскелік үй чатына кірді. Бір реформа болды ма? Не өзгерді?"
                ),
                "kk",
            ),
            (
                (
                    "Bazarda saudamen ainalysamyn. Buryn policiya aksha ushin keletin, kazir "
                    "salemdesedi, uchaskelik chatka kirdi. Reforma boldy ma, ne ozgerdi?"
                ),
                "kk",
            ),
            (
                (
                    "I run a stall at the bazaar. Cops used to come for money, now they say hello, "
                    "and our district officer joined the building's chat. "
                    "Was there some reform? What changed?"
                ),
                "en",
            ),
        ],
    ),
    # "I trust them myself, why don't others?": the reasons for distrust
    "others_distrust": (
        intents.REASONS,
        (("коррупц", "жемқор", "corruption"),),
        [
            (
                (
                    "Лично я полиции доверяю, у меня кузен в полиции служит. Почему остальные не "
                    "доверяют?"
                ),
                "ru",
            ),
            ("Мен өзім полицияға сенемін, туысым полицей. Басқалар неге сенбейді?", "kk"),
            ("Men ozim policiyaga senemin, tuysym policei. Baskalar nege senbeidi?", "kk"),
            (
                ("Personally I trust the police, my cousin is an officer. Why don't other people?"),
                "en",
            ),
            ("I trust cops myself — my cousin is one — so why do others not?", "en"),
        ],
    ),
}


@pytest.mark.parametrize(
    ("kind", "question", "language"),
    [(kind, q, lang) for kind, (_, _, asked) in CLASSES.items() for q, lang in asked],
)
def test_a_question_in_words_gets_its_class_answer(
    engine: QAEngine, kind: str, question: str, language: str
) -> None:
    """The class's intent, and one word of each wanted tuple in the answer's text."""
    intent, wanted, _ = CLASSES[kind]
    answer = chat(engine, question, language=language)[-1]
    text = plain_text(answer.text).lower()
    assert answer.intent == intent, text
    for words in wanted:
        assert any(word in text for word in words), text
