# English time lexicon. Format: key: form | form | ...  (lower case; a space matches any whitespace)
month.1: january | jan. | jan
month.2: february | feb. | feb
month.3: march | mar.
month.4: april | apr. | apr
month.5: may
month.6: june | jun.
month.7: july | jul.
month.8: august | aug. | aug
month.9: september | sept. | sep. | sept
month.10: october | oct. | oct
month.11: november | nov. | nov
month.12: december | dec. | dec
weekday.1: monday | mon.
weekday.2: tuesday | tue. | tues.
weekday.3: wednesday | wed.
weekday.4: thursday | thu. | thurs.
weekday.5: friday | fri.
weekday.6: saturday | sat.
weekday.7: sunday | sun.
num.1: one | a | an | a single
num.2: two | a couple of | couple of
num.3: three
num.4: four
num.5: five
num.6: six
num.7: seven
num.8: eight
num.9: nine
num.10: ten
num.11: eleven
num.12: twelve
num.13: thirteen
num.14: fourteen
num.15: fifteen
num.16: sixteen
num.17: seventeen
num.18: eighteen
num.19: nineteen
num.20: twenty
num.30: thirty
num.40: forty
num.50: fifty
num.60: sixty
num.70: seventy
num.80: eighty
num.90: ninety
num.100: hundred | a hundred | one hundred
num.X: several | a few | few | some | many | a number of | dozens of
# day numbers as ordinal words ("October twenty-ninth")
dayord.1: first
dayord.2: second
dayord.3: third
dayord.4: fourth
dayord.5: fifth
dayord.6: sixth
dayord.7: seventh
dayord.8: eighth
dayord.9: ninth
dayord.10: tenth
dayord.11: eleventh
dayord.12: twelfth
dayord.13: thirteenth
dayord.14: fourteenth
dayord.15: fifteenth
dayord.16: sixteenth
dayord.17: seventeenth
dayord.18: eighteenth
dayord.19: nineteenth
dayord.20: twentieth
dayord.21: twenty-first | twenty first
dayord.22: twenty-second | twenty second
dayord.23: twenty-third | twenty third
dayord.24: twenty-fourth | twenty fourth
dayord.25: twenty-fifth | twenty fifth
dayord.26: twenty-sixth | twenty sixth
dayord.27: twenty-seventh | twenty seventh
dayord.28: twenty-eighth | twenty eighth
dayord.29: twenty-ninth | twenty ninth
dayord.30: thirtieth
dayord.31: thirty-first | thirty first
ordinal.1: first | 1st
ordinal.2: second | 2nd
ordinal.3: third | 3rd
ordinal.4: fourth | 4th | last
unit.D: day | days
unit.W: week | weeks
unit.M: month | months
unit.Q: quarter | quarters
unit.H: half | halves
unit.Y: year | years
unit.DE: decade | decades
unit.CE: century | centuries
unit.TH: hour | hours
unit.TM: minute | minutes
unit.WE: weekend | weekends
mod.next: next | coming | following | upcoming | the next | the coming | the following | the upcoming
mod.last: last | past | previous | preceding | the last | the past | the previous | the preceding | recent
mod.this: this | current | the current | the present | this past
mod.that: that | that same | the same
today: today | this day
yesterday: yesterday
tomorrow: tomorrow
day.+2: the day after tomorrow
day.-2: the day before yesterday
day.-1NI: last night
tonight: tonight
present: now | right now | currently | current | at present | at the moment | nowadays | the present | these days
# "the then current price": current at the past time spoken of
past: recently | formerly | the past | lately | then current | then-current
future: the future | in the future | the near future | the near term | the short term | a later date | a later time
partofday.MO: morning
partofday.AF: afternoon
partofday.EV: evening
partofday.NI: night
ago.post: ago | earlier
later.post: later | from now | hence
every: every | each | per
set.D: every day
set.W: weekly
set.M: monthly
set.Y: yearly | every year
boundary.START: early | the beginning of | the start of | beginning of | start of
boundary.MID: mid | mid- | the middle of | middle of
boundary.END: late | the end of | end of | the close of
season.SP: spring
season.SU: summer
season.FA: fall | autumn
season.WI: winter
within: within | in the next | over the next | in the coming | during the next | over the coming
yearword: fiscal
century.word: century
decade.suffix: s | 's
bc: b.c. | bc | b.c.e. | bce
the: the
# modifiers TimeML takes into the extent of a quantity or point of time (its MOD attribute)
premod: about | around | nearly | almost | roughly | approximately | more than | less than | at least | at most | up to | no more than | no less than | fewer than
postmod: or so | or more | or less
# a date after these looks back from the anchor
since: since
# modifiers that count from the date last mentioned, not from the anchor ("the following year")
anaphoric: following | the following | previous | the previous | preceding | the preceding
