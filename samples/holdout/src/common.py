"""Small helpers for the content modules (block constructors, fictional school lists)."""
import random

def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def H3(t): return ("h3", t)
def P(t): return ("p", t)
def UL(*items): return ("ul", list(items))
def OL(*items): return ("ol", list(items))
def T(*rows): return ("table", [list(r) for r in rows])
def PB(): return ("pb",)
def TITLE(*lines): return ("title", list(lines))
TOC = ("toc",)

_A = ["De Regenboog", "Het Kompas", "De Wilgenhoek", "'t Startblok", "De Zevensprong", "Het Anker",
      "De Vlindertuin", "Kindcentrum Oost", "De Klimop", "Het Baken", "De Windroos", "De Springplank",
      "Sint-Jozef", "De Notenbalk", "Het Palet", "De Linde", "Het Mozaïek", "De Bron", "Klavertje Vier",
      "De Vuurtoren", "De Tweemaster", "Het Vogelnest", "De Meander", "De Ontdekking", "De Horizon",
      "Prins Willem-Alexander", "De Schakel", "De Toermalijn", "Het Kleurrijk", "De Berkenhof",
      "De Zonnewijzer", "Het Lichtpunt", "De Akker", "Het Hofje", "De Ark", "Mariaschool",
      "Dr. Schaepman", "De Eendracht", "De Parel", "Het Carillon", "De Rietkraag", "De Boomgaard",
      "IKC De Veldhoeve", "De Kroevendonk", "Het Wespennest", "De Borgh", "Het Talent",
      "De Tandem", "Oranje Nassau", "De Lanteerne", "Kindcentrum De Waard", "Het Veenpluis",
      "De Lindenhof", "De Kim", "De Buitenkans", "Het Open Venster", "De Octopus", "Willibrordus"]

def school_table(seed, n, places, boards, header=("Nr", "School", "Plaats", "Bestuur", "Leerlingen 1-10-2025")):
    rnd = random.Random(seed)
    names = rnd.sample(_A, n)
    rows = [list(header)]
    for i, nm in enumerate(names, 1):
        rows.append([str(i), nm, rnd.choice(places), rnd.choice(boards), str(rnd.randint(68, 540))])
    return T(*rows)
