"""Italian hedges read right before a figure; words that are also "to"/"until" after a verb of change ("naik hingga", "subió hasta", "выросла до") are not hedges ("circa 300", "oltre 2 milioni", "più di")."""

HEDGES = {
    "circa": "about", "intorno a": "about", "intorno ai": "about", "attorno a": "about",
    "attorno ai": "about", "approssimativamente": "about", "quasi": "nearly",
    "poco meno di": "nearly", "oltre": "more_than", "più di": "more_than",
    "poco più di": "more_than", "meno di": "less_than", "almeno": "at_least",
    "come minimo": "at_least", "al massimo": "up_to",
}
