package analyze

// Word lists for the rules. Multi-word entries use "_" for a space. All are
// lower case and matched against lower-cased text with straight apostrophes.

// newsOrgs are news agencies, outlets and broadcasters: always ORG, and a
// "via" when a source speaks through them.
var newsOrgs = toSet(`reuters ap associated_press afp agence_france-presse bloomberg upi dpa xinhua tass efe ansa kyodo yonhap
the_associated_press the_new_york_times new_york_times the_washington_post washington_post the_wall_street_journal wall_street_journal
the_guardian guardian the_times the_telegraph the_independent the_economist financial_times the_financial_times the_atlantic
the_intercept intercept techcrunch wired the_verge verge politico axios cnn msnbc cnbc abc abc_news cbs cbs_news nbc nbc_news
fox_news fox_news_channel fox bbc bbc_news sky_news al_jazeera al-jazeera npr pbs the_hill haaretz the_jerusalem_post jerusalem_post
times_of_israel the_times_of_israel ynet jns channel_12 kan i24news der_spiegel spiegel le_monde nrc nrc_handelsblad de_standaard
usa_today los_angeles_times the_los_angeles_times newsweek propublica semafor the_information ars_technica zdnet the_record
bellingcat 404_media forbes business_insider yahoo_news cbc ctv rfe/rl radio_free_europe voice_of_america voa irna
tasnim fars press_tv isna mehr wafa anadolu tehran_times rt sputnik`)

// knownOrgs are organisations often written without an organisational word.
var knownOrgs = toSet(`google apple microsoft amazon meta facebook twitter x openai nvidia intel samsung huawei tesla spacex kaspersky
telegram signal whatsapp tiktok youtube instagram netflix ibm oracle cisco nato hamas hezbollah houthis idf gchq nsa cia fbi mossad
shin_bet irgc un unesco unicef who imf opec interpol europol pentagon kremlin treasury congress senate parliament knesset
citizen_lab amnesty_international human_rights_watch trickbot islamic_republic white_house
state_department justice_department`)

// orgWords end or make up the names of organisations.
var orgWords = toSet(`inc inc. corp corp. corporation co co. company companies ltd llc plc group agency agencies ministry department
council commission parliament committee party university institute bank channel news times post journal herald tribune
treasury office headquarters bureau service services forces force army navy military police court union association
foundation federation authority authorities administration board network networks labs lab systems technologies
communications airlines league organization organisation fund center centre alliance coalition movement front brigades
guard guards media press television radio hospital school college senate congress cabinet government`)

// demonyms are NORP entities (nationalities, religious and political groups).
var demonyms = toSet(`american americans israeli israelis iranian iranians palestinian palestinians british briton britons english
french german germans russian russians ukrainian ukrainians chinese japanese korean koreans indian indians pakistani
pakistanis afghan afghans iraqi iraqis syrian syrians lebanese egyptian egyptians saudi saudis emirati emiratis qatari
turkish turk turks kurdish kurds yemeni jordanian belgian belgians dutch australian australians canadian canadians
european europeans african africans arab arabs western westerners eastern soviet mexican brazilian italian spanish
polish swedish norwegian danish finnish swiss austrian greek irish scottish welsh hungarian czech romanian serbian
taiwanese vietnamese filipino indonesian malaysian thai nigerian kenyan ethiopian somali sudanese libyan tunisian
moroccan algerian venezuelan colombian argentine cuban jewish muslim muslims christian christians shiite shia sunni
catholic democrat democrats republican republicans zionist`)

// places are GPE entities: countries, capitals and large cities, states.
var places = toSet(`u.s. us u.s u.s.a. usa america united_states united_states_of_america uk u.k. britain great_britain united_kingdom
england scotland wales ireland israel iran iraq syria lebanon jordan egypt gaza west_bank saudi_arabia yemen oman qatar
bahrain kuwait uae united_arab_emirates turkey russia ukraine china taiwan japan korea south_korea north_korea india
pakistan afghanistan france germany belgium netherlands holland italy spain portugal poland sweden norway denmark
finland switzerland austria greece hungary czechia romania bulgaria serbia croatia canada mexico brazil argentina chile
colombia venezuela cuba australia new_zealand indonesia malaysia philippines vietnam thailand nigeria kenya ethiopia
somalia sudan libya tunisia algeria morocco south_africa eu european_union washington jerusalem tel_aviv tehran
baghdad damascus beirut amman cairo riyadh doha dubai abu_dhabi ankara istanbul moscow kyiv kiev beijing shanghai
hong_kong tokyo seoul delhi new_delhi mumbai islamabad kabul london paris berlin brussels amsterdam rome madrid
lisbon warsaw stockholm oslo copenhagen helsinki vienna geneva zurich athens budapest prague ottawa toronto new_york
los_angeles san_francisco chicago boston miami california texas florida virginia maryland the_hague strasbourg
luxembourg sanaa muscat khan_younis rafah ramallah haifa nablus jenin hebron`)

// locations are LOC entities: regions, seas, continents.
var locations = toSet(`middle_east the_middle_east gulf the_gulf persian_gulf red_sea mediterranean the_mediterranean europe asia africa
north_america south_america latin_america the_west the_balkans the_caucasus central_asia east_asia southeast_asia
the_levant levant sinai arctic antarctica pacific atlantic indian_ocean black_sea caspian strait_of_hormuz`)

// titles are words that stay with the name they precede.
var titles = toSet(`president vice prime minister secretary supreme leader ayatollah king queen prince princess sheikh emir
sultan chancellor pope general gen gen. lt. lt colonel col col. major maj maj. captain capt capt. admiral adm adm.
sergeant sgt sgt. senator sen sen. representative rep rep. governor gov gov. mayor judge justice chief director
ambassador spokesman spokeswoman spokesperson commander minister_of foreign defense defence interior finance
mr mr. mrs mrs. ms ms. dr dr. professor prof prof. rabbi imam cardinal bishop father sir lord lady dame
speaker chairman chairwoman chair ceo founder co-founder deputy acting former crown attorney`)

// functionWords never start a name at the beginning of a sentence.
var functionWords = toSet(`the a an and or but if then so yet as at by for from in into of on to with without this that these those
it its he she they we i you his her their our my your there here when where while what which who whom whose why how
after before since until during although though because however meanwhile indeed also still even just only not no
yes all some any each every both either neither one two three four five many more most other another such last next
first second new according despite given under over between among against about above below again once later earlier
now today yesterday tomorrow whether than instead already finally nonetheless moreover furthermore publicly privately`)
