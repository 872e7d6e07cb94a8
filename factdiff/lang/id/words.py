"""Indonesian words for names, quotes and dates."""

TITLES = frozenset("""presiden wakil menteri jenderal jend gubernur bupati wali kota walikota
    ketua kepala direktur juru bicara jubir kapolri kapolda panglima duta besar dubes
    perdana raja ratu pangeran paus senator anggota dokter profesor bapak ibu pak bu tuan
    nyonya saudara kolonel mayor kapten letnan brigadir komisaris inspektur sekretaris
    jenderal pemimpin sekjen wapres menlu menkes mendagri""".split()) | frozenset(
    # words Indonesian capitalises inside the names of offices and institutions
    """luar negeri dalam kota provinsi kabupaten kementerian dewan badan komisi partai republik
    kepolisian daerah umum rakyat nasional perwakilan keuangan kesehatan pertahanan pendidikan
    agama hukum tengah pusat negara wilayah pemerintah pemerintahan
    kantor istana mahkamah agung konstitusi tinggi jalan desa kecamatan universitas
    rumah sakit sekolah bandar udara pelabuhan majelis permusyawaratan ketahanan keamanan
    angkatan darat laut tentara pasukan kejaksaan pengadilan negeri""".split())
NAME_PARTICLES = frozenset("bin binti van der de da al".split())
EXTRA_STOP_WORDS = frozenset("""namun sementara selain menurut pada dalam hal kemudian saat
    setelah sebelum bahkan meski meskipun sebab karena jika kalau ketika sejak""".split())
QUOTE_MARKS = (("“", "”"), ("\"", "\""), ("‘", "’"))
SPEECH_VERBS = frozenset("""kata katanya ujar ujarnya ucap ucapnya ungkap ungkapnya jelas
    jelasnya tegas tegasnya tutur tuturnya papar paparnya imbuh imbuhnya tambah tambahnya
    mengatakan menyatakan menegaskan menjelaskan mengungkapkan menambahkan menuturkan
    berkata menurut""".split())
SPEECH_PHRASES = ("menurut", "kata", "ujar")
DATE_CONNECTORS: tuple[str, ...] = ()
YEAR_SUFFIXES: tuple[str, ...] = ()
EXTRA_WEEKDAYS = {"Ahad": 6}
EXONYMS = {
    "AS": "united states", "Amerika": "united states", "Amerika Serikat": "united states",
    "Inggris": "united kingdom", "Inggris Raya": "united kingdom", "PBB": "un", "UE": "eu",
    "Uni Eropa": "eu", "NATO": "nato", "WHO": "who", "IMF": "imf", "FBI": "fbi", "CIA": "cia",
    "HIV": "hiv", "AIDS": "aids", "AI": "ai", "Korea Utara": "north korea",
    "Korea Selatan": "south korea", "Tiongkok": "china", "China": "china", "Cina": "china",
}
# relative days that translation keeps (words that are also "morning", like "mañana", "Morgen", left out)
RELATIVE_DAYS = {"kemarin": -1, "hari ini": 0, "besok": 1, "esok": 1}
