# Polish time lexicon.
month.1: styczeń | stycznia | styczniu | styczniem | sty.
month.2: luty | lutego | lutym | lut.
month.3: marzec | marca | marcu | marcem
month.4: kwiecień | kwietnia | kwietniu | kwietniem | kwi.
month.5: maj | maja | maju | majem
month.6: czerwiec | czerwca | czerwcu | czerwcem | cze.
month.7: lipiec | lipca | lipcu | lipcem | lip.
month.8: sierpień | sierpnia | sierpniu | sierpniem | sie.
month.9: wrzesień | września | wrześniu | wrześniem | wrz.
month.10: październik | października | październiku | październikiem | paź.
month.11: listopad | listopada | listopadzie | listopadem | lis.
month.12: grudzień | grudnia | grudniu | grudniem | gru.
weekday.1: poniedziałek | poniedziałku | poniedziałki | poniedziałkami | poniedziałkach
weekday.2: wtorek | wtorku | wtorki | wtorkami | wtorkach
weekday.3: środa | środę | środy | środzie | środami | środach
weekday.4: czwartek | czwartku | czwartki | czwartkami | czwartkach
weekday.5: piątek | piątku | piątki | piątkami | piątkach
weekday.6: sobota | sobotę | soboty | sobocie | sobotami | sobotach
weekday.7: niedziela | niedzielę | niedzieli | niedziele | niedzielami | niedzielach
num.1: jeden | jedna | jedno | jednego | jednej | jednym | jednym
num.2: dwa | dwie | dwóch | dwu | dwoma | dwiema | dwóm
num.3: trzy | trzech | trzema | trzem
num.4: cztery | czterech | czterema | czterem
num.5: pięć | pięciu | pięcioma
num.6: sześć | sześciu | sześcioma
num.7: siedem | siedmiu | siedmioma
num.8: osiem | ośmiu | ośmioma
num.9: dziewięć | dziewięciu
num.10: dziesięć | dziesięciu
num.12: dwanaście | dwunastu
num.15: piętnaście | piętnastu
num.20: dwadzieścia | dwudziestu
num.30: trzydzieści | trzydziestu
num.X: kilka | kilku | kilkoma | kilkanaście | kilkunastu | parę | paru | wiele | wielu | kilkadziesiąt | kilkudziesięciu
ordinal.1: pierwszy | pierwszym | pierwszego | pierwszej | pierwsza
ordinal.2: drugi | drugim | drugiego | drugiej | druga
ordinal.3: trzeci | trzecim | trzeciego | trzeciej | trzecia
ordinal.4: czwarty | czwartym | czwartego | czwartej | czwarta | ostatni | ostatnim | ostatniego
unit.D: dzień | dnia | dniu | dni | dniach | dniami | doba | doby | dób | dobę
unit.W: tydzień | tygodnia | tygodniu | tygodnie | tygodni | tygodniach | tygodniami
unit.M: miesiąc | miesiąca | miesiącu | miesiące | miesięcy | miesiącach | miesiącami
unit.Q: kwartał | kwartału | kwartale | kwartały | kwartałów | kwartałach
unit.H: półrocze | półrocza | półroczu | połowa | połowie | połowy | połowę
unit.Y: rok | roku | roku | lata | lat | latach | latami | rokiem
unit.DE: dekada | dekady | dekadzie | dekad | dziesięciolecie | dziesięciolecia
unit.CE: wiek | wieku | wieki | wieków | stulecie | stulecia
unit.TH: godzina | godziny | godzinę | godzin | godzinach
unit.TM: minuta | minuty | minutę | minut
unit.WE: weekend | weekendu | weekendzie | weekendy
mod.next: następny | następnym | następnego | następnej | następne | następnych | następnymi | przyszły | przyszłym | przyszłego | przyszłej | przyszłe | przyszłych | najbliższy | najbliższym | najbliższego | najbliższej | najbliższe | najbliższych | najbliższymi | kolejny | kolejnym | kolejnego | kolejnej | kolejne | kolejnych | nadchodzący | nadchodzącym | nadchodzących | nadchodzące | nadchodzącego | przyszłorocznym
mod.last: ubiegły | ubiegłym | ubiegłego | ubiegłej | ubiegłe | ubiegłych | zeszły | zeszłym | zeszłego | zeszłej | zeszłe | poprzedni | poprzednim | poprzedniego | poprzedniej | poprzednie | poprzednich | ostatni | ostatnim | ostatniego | ostatniej | ostatnie | ostatnich | minionym | minionego | minionej | minione | minionych | ostatnimi
mod.this: ten | tym | tego | ta | tej | tę | bieżący | bieżącym | bieżącego | bieżącej | obecny | obecnym | obecnego | obecnej | tegoroczny | tegorocznym | obecne
today: dziś | dzisiaj | dzisiejszy | dzisiejszym | dzisiejszego | dzisiejszej | dzisiejsze
yesterday: wczoraj | wczorajszy | wczorajszym | wczorajszego | wczorajszej
tomorrow: jutro | jutrzejszy | jutrzejszym | jutrzejszego | jutrzejszej
day.+2: pojutrze
day.-2: przedwczoraj
tonight: dziś wieczorem | dzisiaj wieczorem
present: teraz | obecnie | aktualnie | w tej chwili | obecnym czasie
past: niedawno | ostatnio | wcześniej | dawniej | poprzednio | w przeszłości
future: wkrótce | niebawem | w przyszłości | niedługo | później | w najbliższym czasie | w najbliższej przyszłości
partofday.MO: rano | rankiem | przed południem | porankiem | ranka
partofday.AF: po południu | popołudniu
partofday.EV: wieczorem | wieczór | wieczoru | wieczorze
partofday.NI: nocą | w nocy | noc | nocy
ago.post: temu | wcześniej
later.post: później | potem
later.pre: za | po
every: co | każdy | każdego | każdej | każdym | w każdy | w każdą | co roku
set.D: codziennie
set.W: co tydzień | cotygodniowo
set.M: co miesiąc
set.Y: corocznie | co roku | rocznie
boundary.START: początek | początku | na początku | z początkiem | wczesną | wczesnym
boundary.MID: połowa | połowie | połowy | w połowie | środek | środku | w środku
boundary.END: koniec | końca | końcu | pod koniec | na koniec | u schyłku | z końcem | końcem | późną | późnym
season.SP: wiosna | wiosną | wiosny | wiosnę | wiośnie
season.SU: lato | latem | lecie
season.FA: jesień | jesienią | jesieni
season.WI: zima | zimą | zimy | zimę | zimie
within: w ciągu | w przeciągu | w okresie | na przestrzeni
yearword: r. | roku | rok | rokiem | r
century.word: wiek | wieku | w.
decade.suffix: . | -te | -tych | tych
bc: p.n.e. | przed naszą erą | p. n. e.
