# Kronika event lexicon: English.
# Token patterns are lower-case regular expressions, one per token; '*' is any letters; '~' lets
# up to three tokens stand between two patterns. One line per token sequence. Among matches of
# one length, the earlier line wins.

[triggers]
# --- CONSULT: phone ---
CONSULT PHONE        NOUN     (phone|telephone|video) (call|calls|conversation|conversations|talks|conference|conferences)
CONSULT PHONE        NOUN     by (phone|telephone)
CONSULT PHONE        NOUN     videoconferences?|teleconferences?|phone|telephone
CONSULT PHONE        PAST     phoned|telephoned
CONSULT PHONE        NOUN     (a|the|their|his|her) call
# --- CONSULT: talks of any kind ---
CONSULT UNSPECIFIED  PAST     spoke|talked|discussed|consulted|conferred|negotiated
CONSULT UNSPECIFIED  PRESENT  speaks|discusses|consults|negotiates|speaking|talking|discussing|negotiating
CONSULT UNSPECIFIED  INF      speak|talk|discuss|consult|confer|negotiate
CONSULT UNSPECIFIED  NOUN     conversations?|discussions?|negotiations?|consultations?|dialogue|mediation
CONSULT UNSPECIFIED  PAST     mediated
CONSULT UNSPECIFIED  INF      mediate
# --- CONSULT: in-person meetings ---
CONSULT MEET         PAST     met|hosted
CONSULT MEET         PRESENT  meets
CONSULT MEET         INF      meet
CONSULT MEET         NOUN     meetings?|talks|encounter|summitry|face-to-face|tête-à-tête
CONSULT MEET         NOUN     working (breakfast|lunch|dinner)
# --- CONSULT: visits ---
CONSULT VISIT        PAST     visited|arrived|travell?ed|flew
CONSULT VISIT        PAST     headed to
CONSULT VISIT        PRESENT  visits|arrives|travels|visiting|arriving|travelling|traveling
CONSULT VISIT        PRESENT  (heads|heading) to
CONSULT VISIT        INF      visit|travel|arrive
CONSULT VISIT        INF      head to
CONSULT VISIT        NOUN     visits|trip|trips|tour|arrival
CONSULT VISIT        NOUN     state visit
# --- CONSULT: summits and multilateral meetings ---
CONSULT MULTILATERAL NOUN     summits?|multilateral|trilateral|g7|g20
# --- AGREE ---
AGREE   UNSPECIFIED  PAST     agreed|signed|accepted|approved|endorsed|ratified|settled|offered|promised|pledged|committed
AGREE   UNSPECIFIED  PAST     reached (an|a) (agreement|deal|accord|understanding)
AGREE   UNSPECIFIED  PRESENT  agrees|signs|accepts|approves
AGREE   UNSPECIFIED  INF      agree|sign|accept|approve
AGREE   UNSPECIFIED  NOUN     agreements?|deals?|accords?|treaty|treaties|pact|consensus
AGREE   UNSPECIFIED  NOUN     (ceasefire|cease-fire|truce) (agreement|deal|accord)
# --- REQUEST ---
REQUEST UNSPECIFIED  PAST     urged|demanded|asked|requested|appealed|pressed|pleaded|petitioned|sought|insisted
REQUEST UNSPECIFIED  PAST     called (on|for|upon)
REQUEST UNSPECIFIED  PRESENT  urges|demands|asks|requests|appeals|pleads|urging|demanding|seeks|pressing|pushing|pressuring
REQUEST UNSPECIFIED  PRESENT  calls (on|for|upon)
REQUEST UNSPECIFIED  INF      urge|demand|request|seek|ask
REQUEST UNSPECIFIED  PRESENT  must
REQUEST UNSPECIFIED  NOUN     demands|requests|appeals|plea
REQUEST UNSPECIFIED  NOUN     (call|calls) (for|on)
# --- REJECT ---
REJECT  UNSPECIFIED  PAST     rejected|refused|declined|dismissed|vetoed|resisted|boycotted|snubbed|opposed|reneged|violated|defied|breached
REJECT  UNSPECIFIED  PAST     (turned|turns) down
REJECT  UNSPECIFIED  PAST     ruled out
REJECT  UNSPECIFIED  NOUN     out of the question
REJECT  UNSPECIFIED  PRESENT  rejects|refuses|declines|dismisses|vetoes|opposes|rejecting|refusing
REJECT  UNSPECIFIED  INF      reject|refuse|decline|oppose|boycott|violate
REJECT  UNSPECIFIED  NOUN     rejection|refusal|veto|boycott|opposition
# --- SANCTION ---
SANCTION UNSPECIFIED PAST     sanctioned|imposed|expelled|suspended|froze|banned|severed|recalled|halted|embargoed|blacklisted
SANCTION UNSPECIFIED PAST     cut (ties|off)
SANCTION UNSPECIFIED PAST     (cut|reduced|halted|suspended|stopped|froze|withheld|ended) ~ (aid|assistance|supplies|funding|loans|mediation|talks|relations|ties|links)
SANCTION UNSPECIFIED INF      (cut|reduce|halt|suspend|stop|freeze|withhold|end) ~ (aid|assistance|supplies|funding|loans|mediation|talks|relations|ties|links)
SANCTION UNSPECIFIED PAST     (broke|severed|downgraded) ~ (relations|ties)
SANCTION UNSPECIFIED INF      (break|sever|downgrade) ~ (relations|ties)
SANCTION UNSPECIFIED PAST     (denied|refused) entry
SANCTION UNSPECIFIED INF      (deny|refuse) entry
SANCTION UNSPECIFIED PAST     prohibited|forbade|boycotted
SANCTION UNSPECIFIED INF      prohibit|forbid
SANCTION UNSPECIFIED PRESENT  sanctions|imposes|expels|suspends|bans
SANCTION UNSPECIFIED INF      sanction|impose|expel|suspend|ban
SANCTION UNSPECIFIED NOUN     embargo|expulsion|suspension|blockade|sanctions|restrictions
# --- ACCUSE ---
ACCUSE  UNSPECIFIED  PAST     accused|blamed|condemned|criticized|criticised|charged|rebuked|slammed|decried|deplored|censured|protested|denounced|complained|indicted|sued
ACCUSE  UNSPECIFIED  PAST     alleged that
ACCUSE  UNSPECIFIED  PAST     lodged ~ (protest|complaint)
ACCUSE  UNSPECIFIED  PAST     summoned ~ (ambassador|envoy|charge)
ACCUSE  UNSPECIFIED  PRESENT  accuses|blames|condemns|criticizes|criticises|charges|slams|denounces|complains|suing|sues|accusing|blaming|condemning
ACCUSE  UNSPECIFIED  INF      accuse|blame|condemn|criticize|criticise|denounce|complain|sue
ACCUSE  UNSPECIFIED  NOUN     accusations?|allegations?|condemnation|criticism|complaints?|lawsuit|indictment
# --- THREATEN ---
THREATEN UNSPECIFIED PAST     threatened|warned|vowed|swore|sworn
THREATEN UNSPECIFIED PRESENT  threatens|warns|threatening|warning
THREATEN UNSPECIFIED INF      threaten|warn
THREATEN UNSPECIFIED NOUN     threats?|ultimatum
# --- SUPPORT ---
SUPPORT UNSPECIFIED  PAST     supported|backed|praised|welcomed|hailed|defended|commended|applauded|recognized|recognised|apologized|apologised|forgave|upgraded
SUPPORT UNSPECIFIED  PAST     (established|restored|resumed) ~ (ties|relations)
SUPPORT UNSPECIFIED  INF      forgive|apologize|apologise
SUPPORT UNSPECIFIED  PRESENT  supports|backs|praises|welcomes|defends
SUPPORT UNSPECIFIED  INF      support|back|praise|welcome
SUPPORT UNSPECIFIED  NOUN     backing|praise|endorsement
# --- COOPERATE ---
COOPERATE UNSPECIFIED PAST    cooperated|co-operated|collaborated|allied|partnered|extradited
COOPERATE UNSPECIFIED PAST    shared ~ (evidence|intelligence|information|expertise|data|technology)
COOPERATE UNSPECIFIED PRESENT sharing ~ (evidence|intelligence|information|expertise|data|technology)
COOPERATE UNSPECIFIED INF     share ~ (evidence|intelligence|information|expertise|data|technology)
COOPERATE UNSPECIFIED INF     extradite
COOPERATE UNSPECIFIED NOUN    (war|joint) (games|exercises|manoeuvres|maneuvers|patrols)
COOPERATE UNSPECIFIED NOUN    extradition
COOPERATE UNSPECIFIED PAST    (worked|work|working) together
COOPERATE UNSPECIFIED PAST    joined forces
COOPERATE UNSPECIFIED PRESENT cooperates|collaborates|cooperating|collaborating
COOPERATE UNSPECIFIED INF     cooperate|co-operate|collaborate
COOPERATE UNSPECIFIED NOUN    cooperation|collaboration|co-operation
# --- AID ---
AID     UNSPECIFIED  PAST     provided|donated|granted|delivered|supplied|airlifted|gave|sent|contributed
AID     UNSPECIFIED  PAST     handed over
AID     UNSPECIFIED  PRESENT  provides|donates|grants|delivers|supplies|providing|sending|supplying|sends|gives
AID     UNSPECIFIED  INF      provide|donate|grant|deliver|supply|send|give|contribute
AID     UNSPECIFIED  NOUN     aid|assistance|donations?|loans?|relief|grants?|asylum
# --- PROTEST ---
PROTEST UNSPECIFIED  PAST     demonstrated|marched|rallied|picketed|rioted|barricaded
PROTEST UNSPECIFIED  PAST     blocked ~ (roads?|roadways?|streets?|highways?|bridges?|traffic|railways?)
PROTEST UNSPECIFIED  PAST     went on (strike|hunger)
PROTEST UNSPECIFIED  PRESENT  protest|protesting|demonstrating|marching|rallying|striking
PROTEST UNSPECIFIED  NOUN     protests?|protesters|demonstrations?|demonstrators|rally|rallies|strike|strikes|marches|riots?|sit-in|boycotts|petition|signatures
PROTEST UNSPECIFIED  PAST     stopped work
PROTEST UNSPECIFIED  PAST     (staged|held|organized|organised|began|started|launched) ~ (protests?|demonstrations?|rally|rallies|strike|strikes|march|marches|sit-in)
# --- ASSAULT ---
ASSAULT UNSPECIFIED  PAST     attacked|killed|bombed|shelled|fired|shot|struck|stabbed|assassinated|clashed|fought|wounded|ambushed|raided|invaded|massacred|executed|tortured|beat|beaten|exploded|detonated|abused|captured|recaptured|retook|retaken|stormed
ASSAULT UNSPECIFIED  PAST     opened fire
ASSAULT UNSPECIFIED  PAST     (launched|mounted) ~ (attacks?|offensive|invasion|fire|strikes?|raids?|assault|artillery)
ASSAULT UNSPECIFIED  INF      attack|kill|bomb|shell|invade|assassinate|storm
ASSAULT UNSPECIFIED  PRESENT  attacks|kills|bombs|shells|fires|clash|fighting|attacking|shelling
ASSAULT UNSPECIFIED  NOUN     attack|attacks|bombing|bombings|airstrikes?|shelling|clashes|fighting|battle|battles|offensive|explosion|bomb|gunfire|killing|killings|assassination|massacre|torture|invasion|gunbattle
ASSAULT UNSPECIFIED  NOUN     air (raids?|strikes?)
ASSAULT UNSPECIFIED  NOUN     ethnic cleansing
# --- COERCE ---
COERCE  UNSPECIFIED  PAST     arrested|detained|seized|deported|jailed|imprisoned|censored|confiscated|expropriated|kidnapped|abducted|evicted|restricted|closed|shut|demolished|outlawed|razed|torched|burned|defaced|dispersed|hacked|prevented|reimposed
COERCE  UNSPECIFIED  PAST     (blew|blown) up
COERCE  UNSPECIFIED  PAST     set ~ fire
COERCE  UNSPECIFIED  PAST     (imposed|declared) ~ curfew
COERCE  UNSPECIFIED  INF      arrest|detain|seize|deport|jail|hack|close
COERCE  UNSPECIFIED  PRESENT  arrests|detains|seizes|deports|arresting|detaining
COERCE  UNSPECIFIED  NOUN     arrests?|detentions?|curfew|crackdown|deportation|censorship|confiscation|blockades?
COERCE  UNSPECIFIED  NOUN     martial law
COERCE  UNSPECIFIED  NOUN     state of (emergency|siege)
COERCE  UNSPECIFIED  NOUN     human shields?
COERCE  UNSPECIFIED  NOUN     hostages?
# --- RETREAT ---
RETREAT UNSPECIFIED  PAST     withdrew|retreated|released|evacuated|freed|dismantled|demobilized|demobilised|disarmed|reopened|returned|surrendered|resigned
RETREAT UNSPECIFIED  PAST     stepped down
RETREAT UNSPECIFIED  PAST     (lifted|ended) ~ (blockade|siege)
RETREAT UNSPECIFIED  INF      (lift|end) ~ (blockade|siege)
RETREAT UNSPECIFIED  NOUN     ceasefire|cease-fire|truce
RETREAT UNSPECIFIED  PAST     pulled (out|back)
RETREAT UNSPECIFIED  PRESENT  withdraws|withdrawing|releases|releasing|resigns|returns
RETREAT UNSPECIFIED  INF      withdraw|release|retreat|evacuate|return|surrender|resign|demobilize|demobilise|disarm|reopen
RETREAT UNSPECIFIED  INF      step down
RETREAT UNSPECIFIED  NOUN     withdrawal|release|retreat|pullout|evacuation|surrender|resignation
# --- CONCEDE ---
CONCEDE UNSPECIFIED  PAST     conceded|yielded|admitted|compromised|ceded|relented|acknowledged|allowed|permitted|legalized|legalised
CONCEDE UNSPECIFIED  PAST     (lifted|eased|relaxed|shortened|cancelled|canceled|scrapped|rescinded|repealed|revoked) ~ (curfew|restrictions|ban|bans|embargo|embargoes|sanctions|measures|emergency|law|decree|controls)
CONCEDE UNSPECIFIED  INF      (lift|ease|relax|shorten|cancel|scrap|rescind|repeal|revoke) ~ (curfew|restrictions|ban|bans|embargo|embargoes|sanctions|measures|emergency|law|decree|controls)
CONCEDE UNSPECIFIED  PAST     (accepted|met|granted) ~ (demands?|conditions)
CONCEDE UNSPECIFIED  INF      (accept|meet|grant) ~ (demands?|conditions)
CONCEDE UNSPECIFIED  PAST     called off ~ (strike|strikes|protests?|demonstrations?|boycott|march|rally)
CONCEDE UNSPECIFIED  INF      allow|permit
CONCEDE UNSPECIFIED  PAST     (gave|give) in
CONCEDE UNSPECIFIED  PAST     backed down
CONCEDE UNSPECIFIED  PRESENT  concedes|admits|yields|allows
CONCEDE UNSPECIFIED  NOUN     concessions?
# --- MOBILIZE ---
MOBILIZE UNSPECIFIED PAST     mobilized|mobilised|deployed|massed|amassed|reinforced|called-up
MOBILIZE UNSPECIFIED PAST     (strengthened|increased|boosted|bolstered) ~ (forces|troops|presence|military)
MOBILIZE UNSPECIFIED PAST     (remained|stayed|were|was) on ~ alert
MOBILIZE UNSPECIFIED PAST     put ~ (on|under) alert
MOBILIZE UNSPECIFIED PRESENT  mobilizes|mobilises|deploys|deploying|mobilizing|mobilising
MOBILIZE UNSPECIFIED NOUN     mobilization|mobilisation|deployment|buildup|build-up|reinforcements|alert|patrols

[cues]
NEGATION        not|n't|never|no
NEGATION        *n't
NEGATION        (failed|fails|fail) to
MODAL           may|might|could|would|possibly|perhaps|probably|likely|maybe|potential|possible|should
CONDITIONAL     if|unless
FUTURE          will|shall|'ll|upcoming|forthcoming|scheduled|planned|expected|due|next|tomorrow|soon|later
FUTURE          *'ll
FUTURE          going to
FUTURE          set to
FUTURE          to be held
INTENT          agreed|agree|agrees|plans?|planning|intends?|intending|wants?|ready|willing|hopes?|hoping|aims?|announced|prepared|proposed|offered|seeks?|seeking
PAST            took|held|had|was|were|did|last|ago|earlier|previous|previously|recent|recently
ONGOING         currently|now|underway|ongoing|continuing|continues|still
CANCEL          cancell?ed|canceled|scrapped|postponed|shelved|abandoned|cancellation|postponement|suspended
CANCEL          called off
DENY            denied|denies|deny|refuted|disputed
REPORTING       said|says|told|reported|reports|announced|stated|added|according|noted|stressed|claimed|quoted|quoting|wrote|confirmed|explained|insisted|argued|tweeted
SPOKESPERSON    spokes(man|woman|person|people|men|women)
SPOKESPERSON    press (secretary|service|office)
ROLE_HEAD_OF_STATE    presidents?|leaders?|dictator|king|queen|emir|monarch|autocrat|strongman
ROLE_HEAD_OF_STATE    (head|heads) of state
ROLE_HEAD_OF_GOVERNMENT prime (minister|ministers)
ROLE_HEAD_OF_GOVERNMENT premier|chancellor|pm
ROLE_FOREIGN_MINISTER foreign (minister|secretary)
ROLE_FOREIGN_MINISTER secretary of state
ROLE_COUNTERPART      counterparts?
PLURAL_ANAPHOR  both|two|pair
LOCATIVE        in|at
DIRECTIONAL     to|for
FUNCTION        the|a|an|with|and|also|his|her|their|its|of|on|again|officially|personally|briefly|together|he|she|they|later|today|yesterday|will|would|be|been|have|has|had|is|are|was|were|first|second|third|fifth|last|next|this|that|very|big|whole|day|a|whole|official|self-proclaimed|bilateral|private|informal|formal|russian|new
CLAUSE_BREAK    , and
CLAUSE_BREAK    that|which|who|whom|whose|when|while|because|although|but|where|whereas
FRAME           during|amid|throughout|in
AFTER           after|following
PAST_VERB       *ed|met|said|spoke|took|held|was|were|had|made|gave|told|went|came|saw|sent|won|left|led|cut|hit|put|set|did|flew|fought|struck|shot|froze|withdrew|beat
FUTURE_VERB     will|shall|*'ll|invited|invitation|invites
# Subordinate clauses (their triggers are rarely the sentence's main event) and determiners (a participle after one is an adjective).
SUBORDINATE     if|unless|because|although|though|whereas|while|when|whenever|where|which|who|whom|whose|after|following|since|before|until|despite|amid
DETERMINER      the|a|an|this|that|these|those|its|his|her|their|our|whose
