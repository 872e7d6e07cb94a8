"""English words for names, quotes and dates."""

TITLES = frozenset("""president vice minister prime general governor mayor chairman chairwoman
    director spokesman spokeswoman spokesperson chief secretary king queen prince princess pope
    senator representative doctor professor mr mrs ms dr colonel captain lieutenant commander
    chancellor ambassador sheikh judge justice""".split())
NAME_PARTICLES = frozenset("de del van von der da bin al la le".split())
EXTRA_STOP_WORDS = frozenset("""however meanwhile according despite although but while
    after before during since yesterday today""".split())
QUOTE_MARKS = (("“", "”"), ("\"", "\""), ("‘", "’"))
SPEECH_VERBS = frozenset("""said says told tells added adds stated declared announced
    explained noted stressed warned insisted claimed wrote""".split())
SPEECH_PHRASES = ("according to",)
DATE_CONNECTORS = ("of",)
YEAR_SUFFIXES: tuple[str, ...] = ()
AMBIGUOUS_MONTHS = frozenset({"may", "march", "jan", "sept", "sep"})
