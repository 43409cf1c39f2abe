# Slovenian time lexicon.
month.1: januar | januarja | januarju | januarjem | jan.
month.2: februar | februarja | februarju | februarjem | feb.
month.3: marec | marca | marcu | marcem
month.4: april | aprila | aprilu | aprilom | apr.
month.5: maj | maja | maju | majem
month.6: junij | junija | juniju | junijem
month.7: julij | julija | juliju | julijem
month.8: avgust | avgusta | avgustu | avgustom | avg.
month.9: september | septembra | septembru | septembrom | sept. | sep.
month.10: oktober | oktobra | oktobru | oktobrom | okt.
month.11: november | novembra | novembru | novembrom | nov.
month.12: december | decembra | decembru | decembrom | dec.
weekday.1: ponedeljek | ponedeljka | ponedeljku | ponedeljki | ponedeljkih
weekday.2: torek | torka | torku | torki | torkih
weekday.3: sreda | sredo | srede | sredi | sredah
weekday.4: četrtek | četrtka | četrtku | četrtki | četrtkih
weekday.5: petek | petka | petku | petki | petkih
weekday.6: sobota | soboto | sobote | soboti | sobotah
weekday.7: nedelja | nedeljo | nedelje | nedelji | nedeljah
num.1: en | ena | eno | enega | eni | enem | enim
num.2: dva | dve | dveh | dvema | dvoje
num.3: tri | treh | trem | tremi
num.4: štiri | štirih | štirim
num.5: pet | petih
num.6: šest | šestih
num.7: sedem | sedmih
num.8: osem | osmih
num.9: devet | devetih
num.10: deset | desetih
num.12: dvanajst | dvanajstih
num.15: petnajst | petnajstih
num.20: dvajset | dvajsetih
num.30: trideset | tridesetih
num.X: nekaj | več | veliko | mnogo | nekaj
ordinal.1: prvi | prvem | prvega | prva
ordinal.2: drugi | drugem | drugega | druga
ordinal.3: tretji | tretjem | tretjega | tretja
ordinal.4: četrti | četrtem | četrtega | četrta | zadnjem
unit.D: dan | dneva | dnevu | dni | dnevi | dnevih | dnem | dneve
unit.W: teden | tedna | tednu | tedni | tednov | tednih | tednom | tedne
unit.M: mesec | meseca | mesecu | meseci | mesecev | mesecih | mesecem | mesece
unit.Q: četrtletje | četrtletja | četrtletju
unit.H: polletje | polletja | polletju
unit.Y: leto | leta | letu | let | letih | letom | letoma | leti
unit.DE: desetletje | desetletja | desetletju
unit.CE: stoletje | stoletja | stoletju
unit.TH: ura | ure | uro | ur
unit.TM: minuta | minute | minuto | minut
unit.WE: vikend | vikenda | vikendu
mod.next: naslednji | naslednjega | naslednjem | naslednjo | naslednja | naslednje | naslednjih | prihodnji | prihodnjega | prihodnjem | prihodnjo | prihodnja | prihodnje | prihodnjih | bližnjih | prihajajočih | prihajajočem
mod.last: prejšnji | prejšnjega | prejšnjem | prejšnjo | prejšnja | prejšnje | prejšnjih | lanski | lanskega | lanskem | zadnji | zadnjega | zadnjem | zadnjih | zadnje | preteklem | preteklega | pretekli | preteklih | minulem | minulega | minulih | minuli
mod.this: ta | tega | tem | to | tej | letošnji | letošnjega | letošnjem | tekočem | tekočega | istega | istem | isti
today: danes | današnji | današnjega | današnjem
yesterday: včeraj | včerajšnji | včerajšnjega | včerajšnjem
tomorrow: jutri | jutrišnji | jutrišnjega | jutrišnjem
day.+2: pojutrišnjem
day.-2: predvčerajšnjim
tonight: nocoj | drevi | danes zvečer
present: zdaj | sedaj | trenutno | v tem trenutku | dandanes
past: nedavno | prej | poprej | v preteklosti | nekoč | pred kratkim
future: kmalu | v prihodnosti | pozneje | kasneje | v kratkem | v bližnji prihodnosti
partofday.MO: zjutraj | jutro | dopoldne
partofday.AF: popoldne
partofday.EV: zvečer | večer
partofday.NI: ponoči | noč | noči
ago.pre: pred
later.pre: čez | po | v
later.post: kasneje | pozneje
every: vsak | vsako | vsakega | vsakem | vsaki
set.D: dnevno | vsak dan
set.W: tedensko | vsak teden
set.M: mesečno | vsak mesec
set.Y: letno | vsako leto | vsakoletno
boundary.START: začetek | začetka | začetku | v začetku | na začetku
boundary.MID: sredina | sredine | sredini | sredi | v sredini | polovici
boundary.END: konec | konca | koncu | ob koncu | na koncu | proti koncu | do konca
season.SP: pomlad | pomladi | spomladi
season.SU: poletje | poletja | poleti | poletju
season.FA: jesen | jeseni
season.WI: zima | zime | pozimi | zimi | zimo
within: v naslednjih | v prihodnjih | v roku | v | med | do | znotraj
yearword: leta | letu | leto | l.
century.word: stoletje | stoletja | stoletju | st.
decade.suffix: . | -ih | ih
bc: pr. n. št. | pr.n.št. | pred našim štetjem
