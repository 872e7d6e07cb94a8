"""Russian words for names, quotes and dates (CLDR gives the genitive "марта" and the
nominative "март"; the prepositional "в марте" and accusative weekdays "в среду" are here)."""

TITLES = frozenset("""президент премьер премьер-министр министр генерал губернатор мэр глава
    директор председатель спикер пресс-секретарь представитель король королева принц патриарх
    папа депутат сенатор господин госпожа полковник капитан лейтенант командующий канцлер
    посол судья замминистра вице-премьер""".split())
NAME_PARTICLES = frozenset("фон де ван ибн бен".split())
EXTRA_STOP_WORDS = frozenset("""однако впрочем между тем после перед во время вчера сегодня
    кроме также""".split())
QUOTE_MARKS = (("«", "»"), ("„", "“"), ("“", "”"), ("\"", "\""))
SPEECH_VERBS = frozenset("""сказал сказала сказали заявил заявила заявили отметил отметила
    отметили подчеркнул подчеркнула сообщил сообщила сообщили добавил добавила пояснил
    пояснила говорит заявляет считает признал признала рассказал рассказала""".split())
SPEECH_PHRASES = ("по словам", "по данным", "как сообщил", "как заявил")
DATE_CONNECTORS: tuple[str, ...] = ()
YEAR_SUFFIXES = ("года", "году", "год", "г.", "гг.")
EXTRA_MONTHS = {
    "январе": 1, "феврале": 2, "марте": 3, "апреле": 4, "мае": 5, "июне": 6, "июле": 7,
    "августе": 8, "сентябре": 9, "октябре": 10, "ноябре": 11, "декабре": 12,
}
EXTRA_WEEKDAYS = {"среду": 2, "пятницу": 4, "субботу": 5}
EXONYMS = {
    "США": "united states", "Штаты": "united states", "Америка": "united states", "ООН": "un",
    "ЕС": "eu", "Евросоюз": "eu", "НАТО": "nato", "ВОЗ": "who", "МВФ": "imf", "ФБР": "fbi",
    "ЦРУ": "cia", "ВИЧ": "hiv", "СПИД": "aids", "ИИ": "ai", "Британия": "united kingdom",
    "Англия": "england", "Шотландия": "scotland", "Уэльс": "wales", "Москва": "moscow",
    "Киев": "kyiv", "Пекин": "beijing", "Лондон": "london", "Вашингтон": "washington",
    "Пхеньян": "pyongyang", "Сеул": "seoul", "Токио": "tokyo", "Париж": "paris", "Берлин": "berlin",
    "КНДР": "north korea", "Северная Корея": "north korea", "Южная Корея": "south korea", "Корея": "korea", "Мехико": "mexico city", "Европа": "europe",
}
# relative days that translation keeps (words that are also "morning", like "mañana", "Morgen", left out)
RELATIVE_DAYS = {"вчера": -1, "сегодня": 0, "завтра": 1, "позавчера": -2, "послезавтра": 2}
