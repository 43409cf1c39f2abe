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
CONSULT UNSPECIFIED  NOUN     conversations?|discussions?|negotiations?|consultations?|dialogue
# --- CONSULT: in-person meetings ---
CONSULT MEET         PAST     met
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
AGREE   UNSPECIFIED  PAST     agreed|signed|accepted|approved|endorsed|concluded|ratified|settled|offered|promised|committed
AGREE   UNSPECIFIED  PAST     reached (an|a) (agreement|deal|accord|understanding)
AGREE   UNSPECIFIED  PRESENT  agrees|signs|accepts|approves
AGREE   UNSPECIFIED  INF      agree|sign|accept|approve
AGREE   UNSPECIFIED  NOUN     agreements?|deals?|accords?|treaty|treaties|pact|ceasefire|truce|consensus
# --- REQUEST ---
REQUEST UNSPECIFIED  PAST     urged|demanded|asked|requested|appealed|pressed|pleaded|petitioned
REQUEST UNSPECIFIED  PAST     called (on|for|upon)
REQUEST UNSPECIFIED  PRESENT  urges|demands|asks|requests|appeals|pleads|urging|demanding
REQUEST UNSPECIFIED  PRESENT  calls (on|for|upon)
REQUEST UNSPECIFIED  INF      urge|demand|request
REQUEST UNSPECIFIED  PRESENT  must
REQUEST UNSPECIFIED  NOUN     demands|requests|appeals|plea
REQUEST UNSPECIFIED  NOUN     (call|calls) (for|on)
# --- REJECT ---
REJECT  UNSPECIFIED  PAST     rejected|refused|declined|dismissed|vetoed|resisted|boycotted|snubbed|opposed|denounced
REJECT  UNSPECIFIED  PAST     (turned|turns) down
REJECT  UNSPECIFIED  PAST     ruled out
REJECT  UNSPECIFIED  PRESENT  rejects|refuses|declines|dismisses|vetoes|opposes|rejecting|refusing
REJECT  UNSPECIFIED  INF      reject|refuse|decline|oppose
REJECT  UNSPECIFIED  NOUN     rejection|refusal|veto|boycott|opposition
# --- SANCTION ---
SANCTION UNSPECIFIED PAST     sanctioned|imposed|expelled|suspended|froze|banned|severed|recalled|halted|embargoed|blacklisted
SANCTION UNSPECIFIED PAST     cut (ties|off)
SANCTION UNSPECIFIED PRESENT  sanctions|imposes|expels|suspends|bans
SANCTION UNSPECIFIED INF      sanction|impose|expel|suspend|ban
SANCTION UNSPECIFIED NOUN     embargo|expulsion|suspension|blockade
# --- ACCUSE ---
ACCUSE  UNSPECIFIED  PAST     accused|blamed|condemned|criticized|criticised|charged|alleged|rebuked|slammed|decried|deplored|censured|protested
ACCUSE  UNSPECIFIED  PRESENT  accuses|blames|condemns|criticizes|criticises|charges|slams
ACCUSE  UNSPECIFIED  INF      accuse|blame|condemn|criticize|criticise
ACCUSE  UNSPECIFIED  NOUN     accusations?|allegations?|condemnation|criticism
# --- THREATEN ---
THREATEN UNSPECIFIED PAST     threatened|warned|vowed
THREATEN UNSPECIFIED PRESENT  threatens|warns|threatening|warning
THREATEN UNSPECIFIED INF      threaten|warn
THREATEN UNSPECIFIED NOUN     threats?|ultimatum|warnings?
# --- SUPPORT ---
SUPPORT UNSPECIFIED  PAST     supported|backed|praised|welcomed|hailed|defended|commended|applauded|recognized|recognised
SUPPORT UNSPECIFIED  PRESENT  supports|backs|praises|welcomes|defends
SUPPORT UNSPECIFIED  INF      support|back|praise|welcome
SUPPORT UNSPECIFIED  NOUN     backing|praise|endorsement
# --- COOPERATE ---
COOPERATE UNSPECIFIED PAST    cooperated|co-operated|collaborated|allied|partnered
COOPERATE UNSPECIFIED PAST    (worked|work|working) together
COOPERATE UNSPECIFIED PAST    joined forces
COOPERATE UNSPECIFIED PRESENT cooperates|collaborates|cooperating|collaborating
COOPERATE UNSPECIFIED INF     cooperate|co-operate|collaborate
COOPERATE UNSPECIFIED NOUN    cooperation|collaboration|co-operation
# --- AID ---
AID     UNSPECIFIED  PAST     provided|donated|granted|delivered|pledged|supplied|airlifted|gave|sent|shipped
AID     UNSPECIFIED  PAST     handed over
AID     UNSPECIFIED  PRESENT  provides|donates|grants|delivers|pledges|supplies|providing|sending|supplying
AID     UNSPECIFIED  INF      provide|donate|grant|deliver|supply
AID     UNSPECIFIED  NOUN     aid|assistance|donations?|loans?|relief|grants?
# --- PROTEST ---
PROTEST UNSPECIFIED  PAST     demonstrated|marched|rallied|picketed|rioted|blocked|barricaded|occupied
PROTEST UNSPECIFIED  PAST     went on (strike|hunger)
PROTEST UNSPECIFIED  PRESENT  protest|protesting|demonstrating|marching|rallying|striking
PROTEST UNSPECIFIED  NOUN     protests?|protesters|demonstrations?|demonstrators|rally|rallies|strike|strikes|marches|riots?|sit-in|boycotts
# --- ASSAULT ---
ASSAULT UNSPECIFIED  PAST     attacked|killed|bombed|shelled|fired|shot|struck|stabbed|assassinated|clashed|fought|wounded|ambushed|raided|invaded|massacred|executed|tortured|beat|beaten|exploded|detonated
ASSAULT UNSPECIFIED  PRESENT  attacks|kills|bombs|shells|fires|clash|fighting|attacking|shelling
ASSAULT UNSPECIFIED  NOUN     attack|attacks|bombing|bombings|airstrikes?|air|shelling|clashes|fighting|battle|battles|offensive|explosion|bomb|gunfire|killing|killings|assassination|massacre|torture
# --- COERCE ---
COERCE  UNSPECIFIED  PAST     arrested|detained|seized|deported|jailed|imprisoned|censored|confiscated|expropriated|kidnapped|abducted|evicted|restricted|closed|shut|demolished|outlawed|razed|torched|burned|defaced|dispersed
COERCE  UNSPECIFIED  PRESENT  arrests|detains|seizes|deports|arresting|detaining
COERCE  UNSPECIFIED  NOUN     arrests?|detentions?|curfew|crackdown|deportation|censorship|confiscation|blockades?
COERCE  UNSPECIFIED  NOUN     martial law
COERCE  UNSPECIFIED  NOUN     state of emergency
# --- RETREAT ---
RETREAT UNSPECIFIED  PAST     withdrew|retreated|released|evacuated|lifted|eased|freed|dismantled|demobilized|disarmed|allowed|reopened
RETREAT UNSPECIFIED  PAST     pulled (out|back)
RETREAT UNSPECIFIED  PRESENT  withdraws|withdrawing|releases|releasing
RETREAT UNSPECIFIED  INF      withdraw|release|retreat
RETREAT UNSPECIFIED  NOUN     withdrawal|release|retreat|pullout|evacuation
# --- CONCEDE ---
CONCEDE UNSPECIFIED  PAST     conceded|yielded|admitted|apologized|apologised|compromised|surrendered|resigned|ceded|relented|acknowledged
CONCEDE UNSPECIFIED  PAST     (gave|give) in
CONCEDE UNSPECIFIED  PAST     backed down
CONCEDE UNSPECIFIED  PRESENT  concedes|admits|apologizes|apologises|yields
CONCEDE UNSPECIFIED  NOUN     apology|concessions?|surrender|resignation
# --- MOBILIZE ---
MOBILIZE UNSPECIFIED PAST     mobilized|mobilised|deployed|massed|amassed|reinforced|called-up
MOBILIZE UNSPECIFIED PAST     put ~ (on|under) alert
MOBILIZE UNSPECIFIED PRESENT  mobilizes|mobilises|deploys|deploying|mobilizing|mobilising
MOBILIZE UNSPECIFIED NOUN     mobilization|mobilisation|deployment|buildup|build-up|reinforcements|alert|patrols

[cues]
NEGATION        not|n't|never|no
NEGATION        *n't
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
