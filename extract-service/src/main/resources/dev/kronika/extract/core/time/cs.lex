# Czech time lexicon.
month.1: leden | ledna | lednu | lednem
month.2: únor | února | únoru | únorem
month.3: březen | března | březnu | březnem
month.4: duben | dubna | dubnu | dubnem
month.5: květen | května | květnu | květnem
month.6: červen | června | červnu | červnem
month.7: červenec | července | červenci | červencem
month.8: srpen | srpna | srpnu | srpnem
month.9: září | zářím
month.10: říjen | října | říjnu | říjnem
month.11: listopad | listopadu | listopadem
month.12: prosinec | prosince | prosinci | prosincem
weekday.1: pondělí | pondělím | pondělky
weekday.2: úterý | úterým | úterky
weekday.3: středa | středu | středy | středě
weekday.4: čtvrtek | čtvrtka | čtvrtku | čtvrtky
weekday.5: pátek | pátku | pátky
weekday.6: sobota | sobotu | soboty | sobotě
weekday.7: neděle | neděli | nedělí | neděle
num.1: jeden | jedna | jedno | jednoho | jedné | jednom | jednu
num.2: dva | dvě | dvou | dvěma
num.3: tři | tří | třemi
num.4: čtyři | čtyř | čtyřmi
num.5: pět | pěti
num.6: šest | šesti
num.7: sedm | sedmi
num.8: osm | osmi
num.9: devět | devíti
num.10: deset | deseti
num.12: dvanáct | dvanácti
num.15: patnáct | patnácti
num.20: dvacet | dvaceti
num.30: třicet | třiceti
num.X: několik | několika | mnoho | mnoha | pár
ordinal.1: první | prvním
ordinal.2: druhý | druhém | druhého | druhá
ordinal.3: třetí | třetím
ordinal.4: čtvrtý | čtvrtém | čtvrtého | poslední | posledním
unit.D: den | dne | dni | dnu | dny | dní | dnech | dnů | dnem
unit.W: týden | týdne | týdnu | týdny | týdnů | týdnech | týdnem
unit.M: měsíc | měsíce | měsíci | měsíců | měsících | měsícem
unit.Q: čtvrtletí | čtvrtletím | kvartál | kvartálu
unit.H: pololetí
unit.Y: rok | roku | roce | roky | let | letech | lety | rokem | léta
unit.DE: desetiletí | dekáda | dekády
unit.CE: století | stoletím
unit.TH: hodina | hodiny | hodinu | hodin
unit.TM: minuta | minuty | minutu | minut
unit.WE: víkend | víkendu | víkendy
mod.next: příští | příštího | příštím | příštích | následující | následujícího | následujícím | následujících | nejbližší | nejbližších | nejbližším | nadcházející | nadcházejících | dalších | další | budoucí
mod.last: minulý | minulého | minulém | minulou | minulá | minulé | minulých | poslední | posledních | posledním | uplynulý | uplynulého | uplynulém | uplynulých | předchozí | předchozích | předchozím | loňský | loňského | loňském
mod.this: tento | tohoto | tomto | tato | této | tuto | toto | letošní | letošního | letošním | současný | současného | současném | tentýž | téhož | témže | tutéž
today: dnes | dnešní | dnešního | dnešním
yesterday: včera | včerejší | včerejšího | včerejším
tomorrow: zítra | zítřejší | zítřejšího | zítřejším
day.+2: pozítří
day.-2: předevčírem
tonight: dnes večer | dnes v noci
present: nyní | teď | v současnosti | momentálně | v současné době | v tuto chvíli | nyní
past: nedávno | dříve | předtím | v minulosti | kdysi
future: brzy | v budoucnu | později | záhy | v nejbližší době | brzo
partofday.MO: ráno | dopoledne
partofday.AF: odpoledne
partofday.EV: večer | večera
partofday.NI: v noci | noc | noci
ago.pre: před | přede
later.pre: za | po
later.post: později | poté
every: každý | každou | každé | každého | každém
set.D: denně | každý den
set.W: týdně | každý týden
set.M: měsíčně | každý měsíc
set.Y: ročně | každý rok | každoročně
boundary.START: začátek | začátku | na začátku | počátku | na počátku | počátkem | začátkem
boundary.MID: polovina | poloviny | polovině | v polovině | půlce | v půlce | středu
boundary.END: konec | konce | koncem | na konci | konci | ke konci | závěru | na konci
season.SP: jaro | jara | jaře | na jaře
season.SU: léto | léta | létě | v létě
season.FA: podzim | podzimu | na podzim
season.WI: zima | zimy | zimě | v zimě | zimu
within: během | v průběhu | v rámci | do | za
yearword: roku | rok | r. | roce
century.word: století | stol.
decade.suffix: . | . léta | -tých | tých
bc: př. n. l. | př.n.l. | před naším letopočtem
