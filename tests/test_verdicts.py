"""Verdicts before findings: identical, unrelated and other-language copies.

A verdict says what kind of comparison this is before any finding is listed:
the same text ("identical") or a different story ("unrelated"), which must not flood
the report with findings and which ``--fail-on`` must still fail. A copy in another
language is compared across languages (verdict "copy", mode "cross-language"): a
faithful translation stays quiet. Texts below are written for these tests.
"""

from __future__ import annotations

import sys

import pytest

from factdiff import cli, compare
from factdiff.language import english_share, guess_language, looks_english, script_profile

STORY = """Officials in Riverton said on Tuesday that 42 people were injured when a road bridge collapsed during the morning rush hour.

Mayor Helen Prescott told reporters the city would spend $3.5 million on emergency repairs and open a temporary ferry service.

The bridge, built in 1962, carried about 12,000 vehicles a day, according to the regional transport department.

Engineers had warned in a 2019 report that two of its steel supports were badly corroded, the department said.

Police closed the riverside road and asked drivers to avoid the area until at least Friday.
"""

OTHER_STORY = """The national orchestra opened its winter season on Saturday with an evening of Brahms and Sibelius.

Conductor Marta Lindqvist, 54, said the concert hall had sold 1,800 tickets, a record for an opening night.

Critics praised the violin soloist, who studied in Vienna and Prague before joining the ensemble in 2015.

The season includes 36 concerts and a tour of four Asian cities in the spring, the orchestra's manager said.

Tickets for students will cost 10 euros, down from 15 euros last year.
"""

GERMAN = """Beamte in Riverton sagten am Dienstag, dass 42 Menschen verletzt wurden, als eine Straßenbrücke während des morgendlichen Berufsverkehrs einstürzte.

Bürgermeisterin Helen Prescott sagte Reportern, die Stadt werde 3,5 Millionen Dollar für Notreparaturen ausgeben und einen vorläufigen Fährdienst einrichten.

Die 1962 gebaute Brücke trug nach Angaben der regionalen Verkehrsbehörde täglich etwa 12.000 Fahrzeuge.
"""

INDONESIAN = """Pejabat di Riverton mengatakan pada hari Selasa bahwa 42 orang terluka ketika sebuah jembatan jalan runtuh pada jam sibuk pagi.

Wali Kota Helen Prescott mengatakan kepada wartawan bahwa kota akan menghabiskan $3,5 juta untuk perbaikan darurat dan membuka layanan feri sementara.

Jembatan yang dibangun pada tahun 1962 itu dilalui sekitar 12.000 kendaraan setiap hari, menurut dinas perhubungan daerah.
"""

RUSSIAN = """Чиновники в Ривертоне заявили во вторник, что 42 человека получили ранения при обрушении автомобильного моста в утренний час пик.

Мэр Хелен Прескотт сообщила журналистам, что город потратит 3,5 миллиона долларов на срочный ремонт и откроет временную паромную переправу.

Мост, построенный в 1962 году, ежедневно пропускал около 12 000 автомобилей, сообщили в региональном департаменте транспорта.
"""

CHINESE = """里弗顿官员周二表示，一座公路桥在早高峰期间倒塌，造成42人受伤。

市长海伦·普雷斯科特对记者说，该市将花费350万美元进行紧急维修，并开通临时渡轮服务。

据地区交通部门称，这座建于1962年的桥梁每天通行约12000辆汽车。
"""

FOREIGN = {"german": GERMAN, "indonesian": INDONESIAN, "russian": RUSSIAN, "chinese": CHINESE}


def run_cli(args: list[str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> int:
    monkeypatch.setattr(sys, "argv", ["factdiff", *args])
    with pytest.raises(SystemExit) as exc:
        cli.main()
    capsys.readouterr()
    return int(exc.value.code or 0)


# --------------------------------------------------------------------------- identical


def test_identical_inputs() -> None:
    report = compare(STORY, STORY)
    assert report.verdict == "identical"
    assert report.findings == ()
    assert report.stats["aligned_share"] == 1.0


def test_identical_exit_code_is_0_even_with_fail_on_info(tmp_path, monkeypatch, capsys) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    assert run_cli(["compare", str(path), str(path), "--fail-on", "info"], monkeypatch, capsys) == 0


def test_a_real_edit_is_not_identical() -> None:
    report = compare(STORY, STORY.replace("42 people", "24 people"))
    assert report.verdict == "copy"
    assert [f.kind for f in report.findings if f.severity >= 3] == ["number_changed"]


# --------------------------------------------------------------------------- unrelated


def test_unrelated_articles() -> None:
    report = compare(STORY, OTHER_STORY)
    assert report.verdict == "unrelated"
    assert report.findings == ()  # no flood
    assert 0 <= report.stats["aligned_share"] < 0.3
    assert "counterpart" in report.stats["reason"]


def test_unrelated_fails_under_fail_on(tmp_path, monkeypatch, capsys) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER_STORY, encoding="utf-8")
    args = ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert run_cli(args, monkeypatch, capsys) == 0
    assert run_cli([*args, "--fail-on", "critical"], monkeypatch, capsys) == 1


def test_a_trimmed_copy_is_not_unrelated() -> None:
    """Two of five paragraphs kept verbatim: a copy with sentences missing, not another story."""
    trimmed = "\n\n".join(STORY.split("\n\n")[:2]) + "\n"
    report = compare(STORY, trimmed)
    assert report.verdict == "copy"
    assert report.stats["aligned_share"] >= 0.3


def test_the_same_story_with_an_unrelated_tail_is_a_copy() -> None:
    report = compare(STORY, STORY + "\n" + OTHER_STORY.split("\n\n")[0] + "\n")
    assert report.verdict == "copy"
    assert {f.kind for f in report.findings} <= {"sentence_added", "fact_added"}


# --------------------------------------------------------------------------- other language


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_copy_in_another_language_is_compared_across_languages(language: str) -> None:
    report = compare(STORY, FOREIGN[language])
    assert (report.verdict, report.mode) == ("copy", "cross-language")
    assert not report.at_least("major")  # a faithful (if shorter) translation
    assert report.notes == ("cross-language: wording, negation and mistranslation not compared",)


@pytest.mark.parametrize("language", sorted(FOREIGN))
def test_a_changed_figure_in_another_language_fails_under_fail_on(language: str, tmp_path, monkeypatch, capsys) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(FOREIGN[language], encoding="utf-8")
    (tmp_path / "c.txt").write_text(FOREIGN[language].replace("42", "24"), encoding="utf-8")
    args = ["compare", str(tmp_path / "a.txt"), "--fail-on", "critical"]
    assert run_cli([*args[:2], str(tmp_path / "b.txt"), *args[2:]], monkeypatch, capsys) == 0
    assert run_cli([*args[:2], str(tmp_path / "c.txt"), *args[2:]], monkeypatch, capsys) == 1


@pytest.mark.parametrize(("language", "code"), [("german", "de"), ("russian", "ru"), ("chinese", "zh")])
def test_other_language_report_names_the_language(language: str, code: str) -> None:
    report = compare(STORY, FOREIGN[language])
    assert report.copy.language == code


def test_two_foreign_texts_are_still_compared() -> None:
    """German vs German: the same profile on both sides."""
    assert compare(GERMAN, GERMAN).verdict == "identical"
    report = compare(GERMAN, GERMAN.replace("42", "24"))
    assert (report.verdict, report.mode, report.languages) == ("copy", "cross-language", ("de", "de"))
    assert [f.kind for f in report.at_least("major")] == ["number_changed"]


def test_english_copy_quoting_another_language_is_english() -> None:
    copy = STORY.replace(
        "Police closed", 'A banner on the bridge read "Мост закрыт навсегда". Police closed'
    )
    assert looks_english(copy)
    assert compare(STORY, copy).verdict == "copy"


# --------------------------------------------------------------------------- looks_english


@pytest.mark.parametrize(
    ("text", "english"),
    [
        (STORY, True),
        (OTHER_STORY, True),
        (GERMAN, False),
        (INDONESIAN, False),
        (RUSSIAN, False),
        (CHINESE, False),
        # short texts: non-Latin script is decisive at any length
        ("Мост рухнул.", False),
        ("橋が崩落した。", False),
        ("다리가 무너졌다.", False),
        ("انهار الجسر.", False),
        ("Η γέφυρα κατέρρευσε.", False),
        # short Latin texts: only clear evidence of another language
        ("Die Stadt und der Bürgermeister sind nicht hier.", False),
        ("Bridge collapse injures 42 in Riverton", True),
        ("Officials said 42 were hurt.", True),
        ("Riverton", True),
        # nothing to tell from: taken as English (a wrong 'other language' hides every finding)
        ("", True),
        ("42 17 3.5 1962 12,000", True),
        ("— … !!! ???", True),
        # headlines and name lists: few function words, but no foreign ones either
        ("Belarusian President Lukashenko Ready To Release A Number Of Political Opponents From Prison", True),
        ("Helen Prescott, Omar Haddad, Li Wei, Ana Souza, Pieter de Vries, Marta Lindqvist, Yusuf Demir, "
         "Carla Rossi and Kofi Mensah.", True),
        # mixed: the majority decides
        (STORY + "\nThe banner read: «Мост закрыт навсегда, нам очень жаль».", True),
        (RUSSIAN + " The mayor said: we will rebuild.", False),
        (GERMAN + " The mayor said it.", False),
    ],
)
def test_looks_english(text: str, english: bool) -> None:
    assert looks_english(text) is english


@pytest.mark.parametrize(
    ("text", "language"),
    [(GERMAN, "de"), (INDONESIAN, "id"), (RUSSIAN, "ru"), (CHINESE, "zh"), (STORY, "en"),
     ("橋が崩落した。", "ja"), ("다리가 무너졌다.", "ko"), ("انهار الجسر.", "und-Arab")],
)
def test_guess_language_names_it(text: str, language: str) -> None:
    guess = guess_language(text)
    assert guess.language == language
    assert guess.reason


def test_script_profile_counts_letters_only() -> None:
    assert script_profile("Abc 12 Где? 東京!") == {"Latin": 3, "Cyrillic": 3, "Han": 2}


def test_english_share_keeps_its_contract() -> None:
    assert english_share("too short") is None
    share = english_share(STORY)
    assert share is not None and 0.2 < share < 0.6
    assert english_share(GERMAN) < 0.12


def test_language_check_is_cheap_on_huge_text() -> None:
    import time

    huge = STORY * 2000  # ~1 MB
    start = time.perf_counter()
    assert looks_english(huge)
    assert not looks_english(CHINESE * 3000)
    assert time.perf_counter() - start < 2.0
