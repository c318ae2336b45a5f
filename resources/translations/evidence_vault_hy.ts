<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hy">
  <context>
    <name>EvidenceVault</name>
    <message>
      <source>The demo vault could not be made</source>
      <translation>Ցուցադրական պահոցը չհաջողվեց ստեղծել</translation>
    </message>
    <message>
      <source>Preparing the demo vault</source>
      <translation>Ցուցադրական պահոցի պատրաստում</translation>
    </message>
    <message>
      <source>Identity (a face, a name, a signature)</source>
      <translation>Ինքնություն (դեմք, անուն, ստորագրություն)</translation>
    </message>
    <message>
      <source>Contact (a phone number, an address)</source>
      <translation>Կոնտակտ (հեռախոսահամար, հասցե)</translation>
    </message>
    <message>
      <source>Location (a street sign, a landmark)</source>
      <translation>Վայր (փողոցի ցուցանակ, տեսարժան վայր)</translation>
    </message>
    <message>
      <source>Document (an identity number, a plate)</source>
      <translation>Փաստաթուղթ (անձը հաստատող փաստաթղթի համար, պետհամարանիշ)</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Այլ</translation>
    </message>
    <message>
      <source>Why redact this area?</source>
      <translation>Ինչո՞ւ քողարկել այս հատվածը</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Պատճառ</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Պատճառ՝</translation>
    </message>
    <message>
      <source>Redact an attachment</source>
      <translation>Կցորդի քողարկում</translation>
    </message>
    <message>
      <source>Add box</source>
      <translation>Ավելացնել շրջանակ</translation>
    </message>
    <message>
      <source>A box in the middle of what is shown (Insert)</source>
      <translation>Շրջանակ ցուցադրվածի կենտրոնում (Insert)</translation>
    </message>
    <message>
      <source>Delete box</source>
      <translation>Ջնջել շրջանակը</translation>
    </message>
    <message>
      <source>Remove the chosen box (Delete)</source>
      <translation>Հեռացնել ընտրված շրջանակը (Delete)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Փոքրացնել</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Մեծացնել</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Հարմարեցնել</translation>
    </message>
    <message>
      <source>◀ Page back</source>
      <translation>◀ Նախորդ էջ</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Նախորդ էջ</translation>
    </message>
    <message>
      <source>Next page ▶</source>
      <translation>Հաջորդ էջ ▶</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Հաջորդ էջ</translation>
    </message>
    <message>
      <source>Drag on the picture to draw a box; drag a box to move it, its handles to resize it. Keyboard: Tab goes through the boxes, arrows move, Shift+arrows resize, Delete removes, Insert adds a box; Ctrl+wheel or + and − zoom, 0 fits.</source>
      <translation>Շրջանակ գծելու համար քաշեք պատկերի վրայով. շրջանակը քաշեք՝ տեղափոխելու, իսկ նրա բռնակները՝ չափը փոխելու համար։ Ստեղնաշար՝ Tab-ը անցնում է շրջանակներով, սլաքները տեղափոխում են, Shift+սլաքները փոխում են չափը, Delete-ը հեռացնում է, Insert-ը ավելացնում է շրջանակ. Ctrl+անիվ կամ + և −՝ մասշտաբ, 0՝ հարմարեցնել։</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Հաղորդագրություն</translation>
    </message>
    <message>
      <source>Preparing the picture…</source>
      <translation>Պատկերի պատրաստում…</translation>
    </message>
    <message>
      <source>Making the file as exported</source>
      <translation>Ֆայլի ստեղծում արտահանվող տեսքով</translation>
    </message>
    <message>
      <source>Preparing the picture</source>
      <translation>Պատկերի պատրաստում</translation>
    </message>
    <message>
      <source>Saving the box</source>
      <translation>Շրջանակի պահպանում</translation>
    </message>
    <message>
      <source>Removing the box</source>
      <translation>Շրջանակի հեռացում</translation>
    </message>
    <message>
      <source>Reading the review</source>
      <translation>Ստուգման ընթերցում</translation>
    </message>
    <message>
      <source>Marking reviewed</source>
      <translation>Ստուգվածի նշում</translation>
    </message>
    <message>
      <source>No picture of this file.</source>
      <translation>Այս ֆայլի համար պատկեր չկա։</translation>
    </message>
    <message>
      <source>As exported: read-only. Drag to pan.</source>
      <translation>Արտահանվող տեսքով՝ միայն ընթերցման համար։ Քաշեք՝ տեղաշարժելու համար։</translation>
    </message>
    <message>
      <source>Page {page} of {count}</source>
      <translation>Էջ {page}՝ {count}-ից</translation>
    </message>
    <message>
      <source>Chosen box: {reason}</source>
      <translation>Ընտրված շրջանակ՝ {reason}</translation>
    </message>
    <message>
      <source>{n} %</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <source>Redact {code}</source>
      <translation>Քողարկել {code}</translation>
    </message>
    <message>
      <source>Redaction canvas</source>
      <translation>Քողարկման դաշտ</translation>
    </message>
    <message>
      <source>Drag to draw a box. Tab goes through the boxes; arrows move the chosen box, Shift and arrows resize it, Delete removes it, Insert adds a box in the middle; Control and the wheel, or + and −, zoom.</source>
      <translation>Քաշեք՝ շրջանակ գծելու համար։ Tab-ը անցնում է շրջանակներով. սլաքները տեղափոխում են ընտրված շրջանակը, Shift-ը և սլաքները փոխում են նրա չափը, Delete-ը հեռացնում է, Insert-ը ավելացնում է շրջանակ կենտրոնում. Control-ը և անիվը կամ + և −՝ մասշտաբ։</translation>
    </message>
    <message>
      <source>Redaction box ({reason})</source>
      <translation>Քողարկման շրջանակ ({reason})</translation>
    </message>
    <message>
      <source>&amp;Case</source>
      <translation>&amp;Գործ</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Արտահանել…</translation>
    </message>
    <message>
      <source>Open a &amp;bundle…</source>
      <translation>Բացել &amp;փաթեթ…</translation>
    </message>
    <message>
      <source>Nobody is known to have signed it (the signature did not verify).</source>
      <translation>Հայտնի չէ, թե ով է այն ստորագրել (ստորագրությունը չհաստատվեց)։</translation>
    </message>
    <message>
      <source>Trust this signer</source>
      <translation>Վստահել այս ստորագրողին</translation>
    </message>
    <message>
      <source>Signer fingerprint</source>
      <translation>Ստորագրողի բանալու մատնահետք</translation>
    </message>
    <message>
      <source>Signer's name</source>
      <translation>Ստորագրողի անունը</translation>
    </message>
    <message>
      <source>Whose key it is, e.g. Field team Gyumri</source>
      <translation>Ում բանալին է, օր.՝ Գյումրիի դաշտային խումբ</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Անուն՝</translation>
    </message>
    <message>
      <source>Every group matches what the sender read out</source>
      <translation>Յուրաքանչյուր խումբ համընկնում է ուղարկողի կարդացածի հետ</translation>
    </message>
    <message>
      <source>The fingerprint matches</source>
      <translation>Մատնահետքը համընկնում է</translation>
    </message>
    <message>
      <source>Trust</source>
      <translation>Վստահել</translation>
    </message>
    <message>
      <source>Open a bundle</source>
      <translation>Բացել փաթեթ</translation>
    </message>
    <message>
      <source>Bundle</source>
      <translation>Փաթեթ</translation>
    </message>
    <message>
      <source>A bundle folder, .zip or .age file</source>
      <translation>Փաթեթի թղթապանակ, .zip կամ .age ֆայլ</translation>
    </message>
    <message>
      <source>Folder…</source>
      <translation>Թղթապանակ…</translation>
    </message>
    <message>
      <source>File…</source>
      <translation>Ֆայլ…</translation>
    </message>
    <message>
      <source>Bundle:</source>
      <translation>Փաթեթ՝</translation>
    </message>
    <message>
      <source>Age identity file</source>
      <translation>age նույնականացման ֆայլ</translation>
    </message>
    <message>
      <source>Only for an encrypted (.age) bundle</source>
      <translation>Միայն գաղտնագրված (.age) փաթեթի համար</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Ընտրել…</translation>
    </message>
    <message>
      <source>Identity file:</source>
      <translation>Նույնականացման ֆայլ՝</translation>
    </message>
    <message>
      <source>Fingerprint the sender read out</source>
      <translation>Ուղարկողի կարդացած մատնահետքը</translation>
    </message>
    <message>
      <source>Optional: 64 hex digits, groups allowed</source>
      <translation>Ըստ ցանկության՝ 64 տասնվեցական թվանշան, թույլատրվում են խմբեր</translation>
    </message>
    <message>
      <source>Sender's fingerprint:</source>
      <translation>Ուղարկողի մատնահետքը՝</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>Ստուգել</translation>
    </message>
    <message>
      <source>Verification report</source>
      <translation>Ստուգման հաշվետվություն</translation>
    </message>
    <message>
      <source>Signer</source>
      <translation>Ստորագրող</translation>
    </message>
    <message>
      <source>I compared it: trust this signer…</source>
      <translation>Համեմատել եմ՝ վստահել այս ստորագրողին…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Ներմուծել</translation>
    </message>
    <message>
      <source>Import although the signer is not verified</source>
      <translation>Ներմուծել, թեև ստորագրողը հաստատված չէ</translation>
    </message>
    <message>
      <source>Anyone can make a bundle that is intact and signed; only the fingerprint says who. Imported without it, every record says signer UNVERIFIED until you trust the key.</source>
      <translation>Ամբողջական և ստորագրված փաթեթ կարող է պատրաստել յուրաքանչյուրը. թե ով՝ ասում է միայն մատնահետքը։ Առանց դրա ներմուծելու դեպքում յուրաքանչյուր գրառում ցույց կտա «ստորագրողը ՀԱՍՏԱՏՎԱԾ ՉԷ», մինչև չվստահեք բանալուն։</translation>
    </message>
    <message>
      <source>Import as a new case</source>
      <translation>Ներմուծել որպես նոր գործ</translation>
    </message>
    <message>
      <source>A bundle folder</source>
      <translation>Փաթեթի թղթապանակ</translation>
    </message>
    <message>
      <source>A bundle file (.zip or .age)</source>
      <translation>Փաթեթի ֆայլ (.zip կամ .age)</translation>
    </message>
    <message>
      <source>Your age identity file</source>
      <translation>Ձեր age նույնականացման ֆայլը</translation>
    </message>
    <message>
      <source>Verifying the bundle</source>
      <translation>Փաթեթի ստուգում</translation>
    </message>
    <message>
      <source>PINNED: the key matches the fingerprint you typed.</source>
      <translation>ԱՄՐԱԳՐՎԱԾ՝ բանալին համընկնում է ձեր մուտքագրած մատնահետքի հետ։</translation>
    </message>
    <message>
      <source>REVOKED: this key was revoked; its bundles are refused.</source>
      <translation>ՉԵՂԱՐԿՎԱԾ՝ այս բանալին չեղարկված է. նրա փաթեթները մերժվում են։</translation>
    </message>
    <message>
      <source>NOT VERIFIED: this vault does not know this key. Compare the fingerprint above, group by group, with the one the sender read out to you by another route before you trust it.</source>
      <translation>ՀԱՍՏԱՏՎԱԾ ՉԷ՝ այս պահոցը չգիտի այս բանալին։ Նախքան վստահելը վերևի մատնահետքը խումբ առ խումբ համեմատեք այն մատնահետքի հետ, որը ուղարկողը ձեզ կարդացել է այլ ճանապարհով։</translation>
    </message>
    <message>
      <source>Trusting the signer</source>
      <translation>Ստորագրողին վստահելը</translation>
    </message>
    <message>
      <source>Import from an unverified signer</source>
      <translation>Ներմուծում չհաստատված ստորագրողից</translation>
    </message>
    <message>
      <source>Nobody has confirmed who signed this bundle. Import it anyway? Every record will say signer UNVERIFIED; trusting the key later raises them.</source>
      <translation>Ոչ ոք չի հաստատել, թե ով է ստորագրել այս փաթեթը։ Միևնույն է ներմուծե՞լ։ Յուրաքանչյուր գրառում ցույց կտա «ստորագրողը ՀԱՍՏԱՏՎԱԾ ՉԷ». ավելի ուշ բանալուն վստահելը կվերացնի այդ նշումը։</translation>
    </message>
    <message>
      <source>Importing the bundle</source>
      <translation>Փաթեթի ներմուծում</translation>
    </message>
    <message>
      <source>Ask the sender to read out their fingerprint by another route (phone, in person; not the channel the bundle came by) and compare it group by group:</source>
      <translation>Խնդրեք ուղարկողին կարդալ իր մատնահետքը այլ ճանապարհով (հեռախոսով, անձամբ. ոչ այն ուղիով, որով եկել է փաթեթը) և համեմատեք խումբ առ խումբ՝</translation>
    </message>
    <message>
      <source>Choose a bundle folder or file first.</source>
      <translation>Նախ ընտրեք փաթեթի թղթապանակը կամ ֆայլը։</translation>
    </message>
    <message>
      <source>Choose a bundle and press Verify.</source>
      <translation>Ընտրեք փաթեթ և սեղմեք «Ստուգել»։</translation>
    </message>
    <message>
      <source>This bundle is refused.</source>
      <translation>Այս փաթեթը մերժված է։</translation>
    </message>
    <message>
      <source>TRUSTED: {name}, a signer this vault trusts.</source>
      <translation>ՎՍՏԱՀԵԼԻ՝ {name}, ստորագրող, որին այս պահոցը վստահում է։</translation>
    </message>
    <message>
      <source>Imported as case {code}: {statements} statement(s), {attachments} attachment(s), {persons} person(s); signer {status}.</source>
      <translation>Ներմուծված է որպես գործ {code}՝ ցուցմունքներ՝ {statements}, կցորդներ՝ {attachments}, անձինք՝ {persons}. ստորագրող՝ {status}։</translation>
    </message>
    <message>
      <source>The bundle is intact and signed, but the signer is not verified: compare the fingerprint with the one the sender read out to you.</source>
      <translation>Փաթեթն ամբողջական է և ստորագրված, բայց ստորագրողը հաստատված չէ. համեմատեք մատնահետքը ուղարկողի կարդացածի հետ։</translation>
    </message>
    <message>
      <source>Not every check could run; the bundle is not accepted.</source>
      <translation>Ոչ բոլոր ստուգումները հնարավոր եղավ կատարել. փաթեթը չի ընդունվում։</translation>
    </message>
    <message>
      <source>The bundle checks out; the signer's key matches the fingerprint given.</source>
      <translation>Փաթեթն անցավ ստուգումը. ստորագրողի բանալին համընկնում է տրված մատնահետքի հետ։</translation>
    </message>
    <message>
      <source>Refused: {check}: {detail}</source>
      <translation>Մերժված է՝ {check}՝ {detail}</translation>
    </message>
    <message>
      <source>The bundle checks out, signed by {name}, a signer this vault trusts.</source>
      <translation>Փաթեթն անցավ ստուգումը, ստորագրել է {name}՝ ստորագրող, որին այս պահոցը վստահում է։</translation>
    </message>
    <message>
      <source>withdrawn: shares with nobody</source>
      <translation>հետ է կանչված՝ ոչ ոքի չփոխանցել</translation>
    </message>
    <message>
      <source>shares with {who}</source>
      <translation>փոխանցել՝ {who}</translation>
    </message>
    <message>
      <source>Consent history, newest first</source>
      <translation>Համաձայնության պատմություն, նորերը՝ սկզբում</translation>
    </message>
    <message>
      <source>Consents to share</source>
      <translation>Համաձայն է փոխանցմանը</translation>
    </message>
    <message>
      <source>Withdraws consent</source>
      <translation>Հետ է կանչում համաձայնությունը</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Որոշում</translation>
    </message>
    <message>
      <source>Share with</source>
      <translation>Փոխանցել</translation>
    </message>
    <message>
      <source>required (not named)</source>
      <translation>պահանջվում է (անունը չի նշվում)</translation>
    </message>
    <message>
      <source>waived (may be named)</source>
      <translation>չի պահանջվում (անունը կարելի է նշել)</translation>
    </message>
    <message>
      <source>Anonymity</source>
      <translation>Անանունություն</translation>
    </message>
    <message>
      <source>may be contacted again</source>
      <translation>կարելի է կրկին կապվել</translation>
    </message>
    <message>
      <source>May be contacted again</source>
      <translation>Կարելի է կրկին կապվել</translation>
    </message>
    <message>
      <source>Re-contact</source>
      <translation>Կրկին կապ</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ամսաթիվ</translation>
    </message>
    <message>
      <source>empty: today</source>
      <translation>դատարկ՝ այսօր</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Նշում</translation>
    </message>
    <message>
      <source>Record decision</source>
      <translation>Գրանցել որոշումը</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Փակել</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Ընթերցում</translation>
    </message>
    <message>
      <source>History (newest first)</source>
      <translation>Պատմություն (նորերը՝ սկզբում)</translation>
    </message>
    <message>
      <source>&lt;b&gt;A new decision&lt;/b&gt;</source>
      <translation>&lt;b&gt;Նոր որոշում&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Date of the decision</source>
      <translation>Որոշման ամսաթիվը</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>այո</translation>
    </message>
    <message>
      <source>no</source>
      <translation>ոչ</translation>
    </message>
    <message>
      <source>Consent of {code}</source>
      <translation>{code}-ի համաձայնությունը</translation>
    </message>
    <message>
      <source>Share with {who}</source>
      <translation>Փոխանցել՝ {who}</translation>
    </message>
    <message>
      <source>Anonymity {choice}</source>
      <translation>Անանունություն՝ {choice}</translation>
    </message>
    <message>
      <source>Custody log</source>
      <translation>Պահպանման շղթայի մատյան</translation>
    </message>
    <message>
      <source>Verify chain</source>
      <translation>Ստուգել շղթան</translation>
    </message>
    <message>
      <source>Check that no custody event was changed, removed or inserted</source>
      <translation>Ստուգել, որ պահպանման ոչ մի իրադարձություն փոփոխված, հեռացված կամ ներդրված չէ</translation>
    </message>
    <message>
      <source>Check vault</source>
      <translation>Ստուգել պահոցը</translation>
    </message>
    <message>
      <source>Check the database, every file's integrity and the custody log</source>
      <translation>Ստուգել տվյալների բազան, յուրաքանչյուր ֆայլի ամբողջականությունը և պահպանման շղթայի մատյանը</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Արդյունք</translation>
    </message>
    <message>
      <source>Verifying the custody log</source>
      <translation>Պահպանման շղթայի մատյանի ստուգում</translation>
    </message>
    <message>
      <source>Checking the vault</source>
      <translation>Պահոցի ստուգում</translation>
    </message>
    <message>
      <source>{what}…</source>
      <translation>{what}…</translation>
    </message>
    <message>
      <source>Cancelled before the end; nothing was changed.</source>
      <translation>Չեղարկվեց մինչև ավարտը. ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Խնդիր</translation>
    </message>
    <message>
      <source>Evidence Vault</source>
      <translation>Evidence Vault</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>Ծանուցում</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Անսպասելի սխալ</translation>
    </message>
    <message>
      <source>Something went wrong inside Evidence Vault. Your vault was not changed beyond the last completed step and the app keeps running.

If you report this, copy the text below: it holds no case data.</source>
      <translation>Evidence Vault-ի ներսում ինչ-որ բան սխալ գնաց։ Ձեր պահոցը չի փոխվել վերջին ավարտված քայլից հետո, և ծրագիրը շարունակում է աշխատել։

Եթե հայտնում եք այս մասին, պատճենեք ստորև բերված տեքստը. այն գործի տվյալներ չի պարունակում։</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Ինչ տեղի ունեցավ</translation>
    </message>
    <message>
      <source>Error report</source>
      <translation>Սխալի հաշվետվություն</translation>
    </message>
    <message>
      <source>Copy report</source>
      <translation>Պատճենել հաշվետվությունը</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Կոդ</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Ֆայլի անուն</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Տեսակ</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Չափ</translation>
    </message>
    <message>
      <source>Taken in</source>
      <translation>Ընդունված է</translation>
    </message>
    <message>
      <source>Belongs to</source>
      <translation>Պատկանում է</translation>
    </message>
    <message>
      <source>Inside the file</source>
      <translation>Ֆայլի ներսում</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Ապացույցներ</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Ավելացնել ֆայլեր…</translation>
    </message>
    <message>
      <source>Or drop files onto this tab</source>
      <translation>Կամ ֆայլերը քաշեք այս ներդիրի վրա</translation>
    </message>
    <message>
      <source>Redact…</source>
      <translation>Քողարկել…</translation>
    </message>
    <message>
      <source>Boxes on the picture or PDF, preview as exported, review</source>
      <translation>Շրջանակներ պատկերի կամ PDF-ի վրա, արտահանվող տեսքի նախադիտում, ստուգում</translation>
    </message>
    <message>
      <source>Add files to the case</source>
      <translation>Ավելացնել ֆայլեր գործին</translation>
    </message>
    <message>
      <source>the case (no statement)</source>
      <translation>գործը (առանց ցուցմունքի)</translation>
    </message>
    <message>
      <source>not recorded (taken in before SHA-512 was kept)</source>
      <translation>գրանցված չէ (ընդունվել է նախքան SHA-512-ի պահպանումը)</translation>
    </message>
    <message>
      <source>Only files on this computer can be taken in: save the file here first. Nothing was taken in.</source>
      <translation>Կարելի է ընդունել միայն այս համակարգչի ֆայլերը. նախ պահպանեք ֆայլն այստեղ։ Ոչինչ չի ընդունվել։</translation>
    </message>
    <message>
      <source>Every chosen statement's witness consented to this profile.</source>
      <translation>Ընտրված բոլոր ցուցմունքների վկաները համաձայնել են այս պրոֆիլին։</translation>
    </message>
    <message>
      <source>Left out for want of consent (names shown only here; the bundle and the custody log hold counts only):</source>
      <translation>Դուրս է մնացել համաձայնության բացակայության պատճառով (անունները ցույց են տրվում միայն այստեղ. փաթեթը և պահպանման մատյանը պարունակում են միայն քանակներ)՝</translation>
    </message>
    <message>
      <source>Stops the export: possible redactions nobody decided for this profile in:</source>
      <translation>Արտահանումը կանգնեցված է. հնարավոր քողարկումներ, որոնց վերաբերյալ այս պրոֆիլի համար ոչ ոք որոշում չի կայացրել՝</translation>
    </message>
    <message>
      <source>Decide them in the statement's redaction view, or leave these statements out.</source>
      <translation>Որոշեք դրանք ցուցմունքի քողարկման պատուհանում կամ դուրս թողեք այդ ցուցմունքները։</translation>
    </message>
    <message>
      <source>Left out, not reviewed as exported for this profile:</source>
      <translation>Դուրս է մնացել, այս պրոֆիլի համար արտահանվող տեսքով չի ստուգվել՝</translation>
    </message>
    <message>
      <source>Every attachment going out was reviewed as exported.</source>
      <translation>Ուղարկվող բոլոր կցորդները ստուգվել են արտահանվող տեսքով։</translation>
    </message>
    <message>
      <source>Also left out:</source>
      <translation>Դուրս է մնացել նաև՝</translation>
    </message>
    <message>
      <source>Before writing</source>
      <translation>Գրելուց առաջ</translation>
    </message>
    <message>
      <source>Planning the export…</source>
      <translation>Արտահանման պլանավորում…</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Համաձայնություն</translation>
    </message>
    <message>
      <source>Consent summary</source>
      <translation>Համաձայնության ամփոփում</translation>
    </message>
    <message>
      <source>Redaction</source>
      <translation>Քողարկում</translation>
    </message>
    <message>
      <source>Redaction summary</source>
      <translation>Քողարկման ամփոփում</translation>
    </message>
    <message>
      <source>Leave those statements out of this export</source>
      <translation>Դուրս թողնել այդ ցուցմունքները այս արտահանումից</translation>
    </message>
    <message>
      <source>I have read who and what is left out and what is redacted: write exactly this.</source>
      <translation>Կարդացել եմ, թե ով և ինչ է դուրս մնացել և ինչ է քողարկված. գրել հենց սա։</translation>
    </message>
    <message>
      <source>Confirm the summaries</source>
      <translation>Հաստատեք ամփոփումները</translation>
    </message>
    <message>
      <source>Planning the export</source>
      <translation>Արտահանման պլանավորում</translation>
    </message>
    <message>
      <source>This export cannot be written as it stands.</source>
      <translation>Այս արտահանումը չի կարող գրվել ներկա տեսքով։</translation>
    </message>
    <message>
      <source>Writing the bundle</source>
      <translation>Փաթեթի գրում</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Ընթացք</translation>
    </message>
    <message>
      <source>Cancel writing</source>
      <translation>Չեղարկել գրումը</translation>
    </message>
    <message>
      <source>Signed by this vault's key. Read these groups out to the recipient by another route (phone, in person), so they can check who signed it:</source>
      <translation>Ստորագրված է այս պահոցի բանալիով։ Կարդացեք այս խմբերը ստացողին այլ ճանապարհով (հեռախոսով, անձամբ), որպեսզի նա կարողանա ստուգել, թե ով է ստորագրել՝</translation>
    </message>
    <message>
      <source>Copy the fingerprint</source>
      <translation>Պատճենել մատնահետքը</translation>
    </message>
    <message>
      <source>Verification of the written bundle</source>
      <translation>Գրված փաթեթի ստուգում</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Սկսվում է…</translation>
    </message>
    <message>
      <source>Not written</source>
      <translation>Չի գրվել</translation>
    </message>
    <message>
      <source>Nothing is left to export; the summaries say why.</source>
      <translation>Արտահանելու բան չի մնացել. ամփոփումները բացատրում են՝ ինչու։</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Չեղարկվում է…</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Չեղարկված է</translation>
    </message>
    <message>
      <source>Cancelled: no bundle was written and nothing was left behind.</source>
      <translation>Չեղարկված է՝ փաթեթը չի գրվել, և ոչինչ չի մնացել։</translation>
    </message>
    <message>
      <source>Encrypted for its recipients: it can be verified once opened with one of their identities (Vault &gt; Open a bundle…).</source>
      <translation>Գաղտնագրված է ստացողների համար. այն կարելի է ստուգել՝ բացելով նրանց նույնականացումներից մեկով (Պահոց &gt; Բացել փաթեթ…)։</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Պատրաստ է</translation>
    </message>
    <message>
      <source>Written, but…</source>
      <translation>Գրված է, բայց…</translation>
    </message>
    <message>
      <source>• {name} ({code}): {why} — statements {statements}</source>
      <translation>• {name} ({code})՝ {why} — ցուցմունքներ {statements}</translation>
    </message>
    <message>
      <source>Removed from the texts: {removed}.</source>
      <translation>Հեռացված է տեքստերից՝ {removed}։</translation>
    </message>
    <message>
      <source>Something must be decided before this export.</source>
      <translation>Այս արտահանումից առաջ պետք է որոշում կայացնել։</translation>
    </message>
    <message>
      <source>Written: {out} ({form}).</source>
      <translation>Գրված է՝ {out} ({form})։</translation>
    </message>
    <message>
      <source>Profile {profile}: {statements} statement(s), {attachments} attachment(s).</source>
      <translation>Պրոֆիլ {profile}՝ ցուցմունքներ՝ {statements}, կցորդներ՝ {attachments}։</translation>
    </message>
    <message>
      <source>Profile {profile}: {statements} statement(s) and {attachments} attachment(s) go to {where}.</source>
      <translation>Պրոֆիլ {profile}՝ ցուցմունքներ՝ {statements}, կցորդներ՝ {attachments}. գրվում է՝ {where}։</translation>
    </message>
    <message>
      <source>What to export</source>
      <translation>Ինչ արտահանել</translation>
    </message>
    <message>
      <source>Untick what should not go. A statement's evidence goes only with its statement; whose statements may go at all is decided by consent, shown before anything is written.</source>
      <translation>Հանեք նշումը այն բանից, ինչը չպետք է դուրս գա։ Ցուցմունքի ապացույցները գնում են միայն ցուցմունքի հետ. թե ում ցուցմունքները կարող են ընդհանրապես դուրս գալ, որոշում է համաձայնությունը, որը ցույց է տրվում նախքան որևէ բան գրելը։</translation>
    </message>
    <message>
      <source>Statements and evidence to export</source>
      <translation>Արտահանվող ցուցմունքներ և ապացույցներ</translation>
    </message>
    <message>
      <source>Reading the case</source>
      <translation>Գործի ընթերցում</translation>
    </message>
    <message>
      <source>Who it is for</source>
      <translation>Ում համար</translation>
    </message>
    <message>
      <source>The profile decides who is named and who is coded.</source>
      <translation>Պրոֆիլը որոշում է, թե ով է նշվում անունով, և ով՝ կոդով։</translation>
    </message>
    <message>
      <source>Export profile</source>
      <translation>Արտահանման պրոֆիլ</translation>
    </message>
    <message>
      <source>Profile:</source>
      <translation>Պրոֆիլ՝</translation>
    </message>
    <message>
      <source>As the profile says</source>
      <translation>Ինչպես պրոֆիլն է նախատեսում</translation>
    </message>
    <message>
      <source>Name them</source>
      <translation>Նշել անունով</translation>
    </message>
    <message>
      <source>Code them</source>
      <translation>Փոխարինել կոդով</translation>
    </message>
    <message>
      <source>Perpetrators</source>
      <translation>Իրավախախտներ</translation>
    </message>
    <message>
      <source>Perpetrators:</source>
      <translation>Իրավախախտներ՝</translation>
    </message>
    <message>
      <source>Include audio and video (voices and faces identify)</source>
      <translation>Ներառել աուդիո և վիդեո (ձայներն ու դեմքերը բացահայտում են անձը)</translation>
    </message>
    <message>
      <source>Include audio and video</source>
      <translation>Ներառել աուդիո և վիդեո</translation>
    </message>
    <message>
      <source>Where to, and for whom</source>
      <translation>Ուր և ում համար</translation>
    </message>
    <message>
      <source>An encrypted file can be opened only with one of the recipients' age identities; the evidence profile (real names) must be encrypted.</source>
      <translation>Գաղտնագրված ֆայլը կարելի է բացել միայն ստացողներից մեկի age նույնականացմամբ. «ապացույցներ» պրոֆիլը (իրական անուններ) պետք է գաղտնագրվի։</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Թղթապանակ</translation>
    </message>
    <message>
      <source>Zip file</source>
      <translation>Zip ֆայլ</translation>
    </message>
    <message>
      <source>Encrypted file (age)</source>
      <translation>Գաղտնագրված ֆայլ (age)</translation>
    </message>
    <message>
      <source>Bundle to write</source>
      <translation>Գրվող փաթեթ</translation>
    </message>
    <message>
      <source>Where the bundle is written (it must not exist yet)</source>
      <translation>Որտեղ է գրվում փաթեթը (այն դեռ չպետք է գոյություն ունենա)</translation>
    </message>
    <message>
      <source>Write the bundle to</source>
      <translation>Գրել փաթեթը՝</translation>
    </message>
    <message>
      <source>Export a bundle</source>
      <translation>Փաթեթի արտահանում</translation>
    </message>
    <message>
      <source>Write the bundle</source>
      <translation>Գրել փաթեթը</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Գրառում</translation>
    </message>
    <message>
      <source>Witness / statement</source>
      <translation>Վկա / ցուցմունք</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Մանրամասներ</translation>
    </message>
    <message>
      <source>Statements</source>
      <translation>Ցուցմունքներ</translation>
    </message>
    <message>
      <source>the case</source>
      <translation>գործը</translation>
    </message>
    <message>
      <source>Why this correction</source>
      <translation>Ինչու է արվում այս ուղղումը</translation>
    </message>
    <message>
      <source>e.g. name misspelled in the interview notes</source>
      <translation>օր.՝ հարցազրույցի նշումներում անունը սխալ է գրված</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Պահպանում</translation>
    </message>
    <message>
      <source>Say why this record is corrected.</source>
      <translation>Նշեք, թե ինչու է ուղղվում այս գրառումը։</translation>
    </message>
    <message>
      <source>New incident</source>
      <translation>Նոր միջադեպ</translation>
    </message>
    <message>
      <source>Correct incident</source>
      <translation>Ուղղել միջադեպը</translation>
    </message>
    <message>
      <source>Violation</source>
      <translation>Խախտում</translation>
    </message>
    <message>
      <source>2020-11-09, 2020-11, 2020 or around 2020</source>
      <translation>2020-11-09, 2020-11, 2020 կամ մոտ 2020</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Վայր</translation>
    </message>
    <message>
      <source>Facility</source>
      <translation>Հաստատություն</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(չկա)</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Նկարագրություն</translation>
    </message>
    <message>
      <source>New facility</source>
      <translation>Նոր հաստատություն</translation>
    </message>
    <message>
      <source>Correct facility</source>
      <translation>Ուղղել հաստատությունը</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Անուն</translation>
    </message>
    <message>
      <source>Aliases (one a line)</source>
      <translation>Այլ անուններ (մեկական տողում)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Նշումներ</translation>
    </message>
    <message>
      <source>Violation type</source>
      <translation>Խախտման տեսակ</translation>
    </message>
    <message>
      <source>Date of the incident</source>
      <translation>Միջադեպի ամսաթիվը</translation>
    </message>
    <message>
      <source>Aliases, one a line</source>
      <translation>Այլ անուններ, մեկական տողում</translation>
    </message>
    <message>
      <source>Facility type</source>
      <translation>Հաստատության տեսակ</translation>
    </message>
    <message>
      <source>Incidents &amp;&amp; facilities</source>
      <translation>Միջադեպեր և հաստատություններ</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Միջադեպեր</translation>
    </message>
    <message>
      <source>New incident…</source>
      <translation>Նոր միջադեպ…</translation>
    </message>
    <message>
      <source>Correct…</source>
      <translation>Ուղղել…</translation>
    </message>
    <message>
      <source>Retract…</source>
      <translation>Հետ կանչել…</translation>
    </message>
    <message>
      <source>Facilities</source>
      <translation>Հաստատություններ</translation>
    </message>
    <message>
      <source>New facility…</source>
      <translation>Նոր հաստատություն…</translation>
    </message>
    <message>
      <source>retracted: {reason}</source>
      <translation>հետ է կանչված՝ {reason}</translation>
    </message>
    <message>
      <source>Links</source>
      <translation>Կապեր</translation>
    </message>
    <message>
      <source>Retracted</source>
      <translation>Հետ կանչված</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Ուղղումներ</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Ավելացված</translation>
    </message>
    <message>
      <source>Aliases</source>
      <translation>Այլ անուններ</translation>
    </message>
    <message>
      <source>Take files in</source>
      <translation>Ֆայլերի ընդունում</translation>
    </message>
    <message>
      <source>These files will be encrypted into the vault. The originals are not changed and stay where they are.</source>
      <translation>Այս ֆայլերը կգաղտնագրվեն պահոցում։ Բնօրինակները չեն փոխվում և մնում են իրենց տեղում։</translation>
    </message>
    <message>
      <source>Files to take in</source>
      <translation>Ընդունվող ֆայլեր</translation>
    </message>
    <message>
      <source>Statement the files belong to</source>
      <translation>Ցուցմունքը, որին պատկանում են ֆայլերը</translation>
    </message>
    <message>
      <source>None: the files belong to the case</source>
      <translation>Ոչ մեկը՝ ֆայլերը պատկանում են գործին</translation>
    </message>
    <message>
      <source>Belongs to statement:</source>
      <translation>Պատկանում է ցուցմունքին՝</translation>
    </message>
    <message>
      <source>Intake progress</source>
      <translation>Ընդունման ընթացքը</translation>
    </message>
    <message>
      <source>Intake status</source>
      <translation>Ընդունման վիճակը</translation>
    </message>
    <message>
      <source>Notes after intake</source>
      <translation>Նշումներ ընդունումից հետո</translation>
    </message>
    <message>
      <source>Take it in again</source>
      <translation>Կրկին ընդունել</translation>
    </message>
    <message>
      <source>Take in</source>
      <translation>Ընդունել</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Չեղարկել</translation>
    </message>
    <message>
      <source>Taking files in</source>
      <translation>Ֆայլերի ընդունում</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Ֆայլ</translation>
    </message>
    <message>
      <source>not taken in</source>
      <translation>չի ընդունվել</translation>
    </message>
    <message>
      <source>Cancelled: nothing was taken in.</source>
      <translation>Չեղարկված է՝ ոչինչ չի ընդունվել։</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>սպասում է</translation>
    </message>
    <message>
      <source>encrypted</source>
      <translation>գաղտնագրված է</translation>
    </message>
    <message>
      <source>{n} file(s) taken in, encrypted.</source>
      <translation>Ընդունված և գաղտնագրված ֆայլեր՝ {n}։</translation>
    </message>
    <message>
      <source>Location: {line}.</source>
      <translation>Վայր՝ {line}։</translation>
    </message>
    <message>
      <source>Encrypting {name} (file {n} of {count})</source>
      <translation>{name}-ի գաղտնագրում (ֆայլ {n}՝ {count}-ից)</translation>
    </message>
    <message>
      <source>taken in as {code}</source>
      <translation>ընդունված է որպես {code}</translation>
    </message>
    <message>
      <source>Note: {text}.</source>
      <translation>Նշում՝ {text}։</translation>
    </message>
    <message>
      <source>Take it in again anyway, as a new attachment?</source>
      <translation>Միևնույն է կրկին ընդունե՞լ՝ որպես նոր կցորդ։</translation>
    </message>
    <message>
      <source>Retracting</source>
      <translation>Հետ կանչում</translation>
    </message>
    <message>
      <source>Retract {what}</source>
      <translation>Հետ կանչել {what}</translation>
    </message>
    <message>
      <source>Retract {what}? It stays in the vault but is hidden from lists, search and exports. A retraction cannot be undone.</source>
      <translation>Հետ կանչե՞լ {what}։ Այն մնում է պահոցում, բայց թաքցվում է ցանկերից, որոնումից և արտահանումներից։ Հետ կանչումը հնարավոր չէ չեղարկել։</translation>
    </message>
    <message>
      <source>Why is {what} retracted? (kept in the vault)</source>
      <translation>Ինչո՞ւ է հետ կանչվում {what} (պահվում է պահոցում)</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation>գրանցված չէ</translation>
    </message>
    <message>
      <source>may be re-contacted</source>
      <translation>կարելի է կրկին կապվել</translation>
    </message>
    <message>
      <source>no re-contact</source>
      <translation>առանց կրկին կապի</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Դերեր</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Ծնվել է</translation>
    </message>
    <message>
      <source>Consent history</source>
      <translation>Համաձայնության պատմություն</translation>
    </message>
    <message>
      <source>Statements given</source>
      <translation>Տրված ցուցմունքներ</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Ներմուծված</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Անձինք</translation>
    </message>
    <message>
      <source>New person…</source>
      <translation>Նոր անձ…</translation>
    </message>
    <message>
      <source>Consent…</source>
      <translation>Համաձայնություն…</translation>
    </message>
    <message>
      <source>since {date}</source>
      <translation>{date}-ից</translation>
    </message>
    <message>
      <source>from a bundle</source>
      <translation>փաթեթից</translation>
    </message>
    <message>
      <source>Person saved</source>
      <translation>Անձը պահպանված է</translation>
    </message>
    <message>
      <source>Name clash</source>
      <translation>Անունների համընկնում</translation>
    </message>
    <message>
      <source>anonymity {choice}</source>
      <translation>անանունություն՝ {choice}</translation>
    </message>
    <message>
      <source>No. {n}, {date}: {decision}</source>
      <translation>№ {n}, {date}՝ {decision}</translation>
    </message>
    <message>
      <source>Person {code} is saved. Please check:</source>
      <translation>{code} անձը պահպանված է։ Խնդրում ենք ստուգել՝</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Նոր անձ</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Դեր</translation>
    </message>
    <message>
      <source>1984-03-02, 1984-03, 1984 or around 1984</source>
      <translation>1984-03-02, 1984-03, 1984 կամ մոտ 1984</translation>
    </message>
    <message>
      <source>The correction replaces what is shown everywhere; the custody log keeps that it was made, by whom and when, and which fields changed; the reason stays in the vault with it and is never exported.</source>
      <translation>Ուղղումը փոխարինում է ցուցադրվածը ամենուր. պահպանման շղթայի մատյանը պահում է, որ այն արվել է, ում կողմից և երբ, և որ դաշտերն են փոխվել. պատճառը պահվում է պահոցում դրա հետ և երբեք չի արտահանվում։</translation>
    </message>
    <message>
      <source>empty: no date of birth</source>
      <translation>դատարկ՝ ծննդյան ամսաթիվ չկա</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Ծննդյան ամսաթիվ</translation>
    </message>
    <message>
      <source>Correct person {code}</source>
      <translation>Ուղղել {code} անձը</translation>
    </message>
    <message>
      <source>Role {role}</source>
      <translation>Դեր՝ {role}</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Նախադիտում</translation>
    </message>
    <message>
      <source>Preview picture</source>
      <translation>Նախադիտման պատկեր</translation>
    </message>
    <message>
      <source>Preview message</source>
      <translation>Նախադիտման հաղորդագրություն</translation>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>Նախադիտման պատրաստում…</translation>
    </message>
    <message>
      <source>Preparing the preview</source>
      <translation>Նախադիտման պատրաստում</translation>
    </message>
    <message>
      <source>{w} × {h} pixels</source>
      <translation>{w} × {h} պիքսել</translation>
    </message>
    <message>
      <source>No preview for this file.</source>
      <translation>Այս ֆայլի համար նախադիտում չկա։</translation>
    </message>
    <message>
      <source>No preview: {why}</source>
      <translation>Նախադիտում չկա՝ {why}</translation>
    </message>
    <message>
      <source>Forget this recipient? Bundles already encrypted for it are not changed.</source>
      <translation>Մոռանա՞լ այս ստացողին։ Արդեն նրա համար գաղտնագրված փաթեթները չեն փոխվում։</translation>
    </message>
    <message>
      <source>Add a recipient</source>
      <translation>Ավելացնել ստացող</translation>
    </message>
    <message>
      <source>Recipient's name</source>
      <translation>Ստացողի անունը</translation>
    </message>
    <message>
      <source>Who holds the key, e.g. HQ legal team</source>
      <translation>Ում մոտ է բանալին, օր.՝ գլխամասային գրասենյակի իրավաբանական խումբ</translation>
    </message>
    <message>
      <source>Recipient's age public key</source>
      <translation>Ստացողի age բաց բանալին</translation>
    </message>
    <message>
      <source>age1…</source>
      <translation>age1…</translation>
    </message>
    <message>
      <source>Public key:</source>
      <translation>Բաց բանալի՝</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Ստացողներ</translation>
    </message>
    <message>
      <source>Recipients of the encrypted bundle</source>
      <translation>Գաղտնագրված փաթեթի ստացողները</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Ավելացնել…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Հեռացնել</translation>
    </message>
    <message>
      <source>Reading recipients</source>
      <translation>Ստացողների ընթերցում</translation>
    </message>
    <message>
      <source>Saving the recipient</source>
      <translation>Ստացողի պահպանում</translation>
    </message>
    <message>
      <source>Removing the recipient</source>
      <translation>Ստացողի հեռացում</translation>
    </message>
    <message>
      <source>Remove a recipient</source>
      <translation>Հեռացնել ստացողին</translation>
    </message>
    <message>
      <source>Filter this list</source>
      <translation>Զտել այս ցանկը</translation>
    </message>
    <message>
      <source>Filter {what}</source>
      <translation>Զտել՝ {what}</translation>
    </message>
    <message>
      <source>{n} shown</source>
      <translation>Ցուցադրված է՝ {n}</translation>
    </message>
    <message>
      <source>name or alias of a person</source>
      <translation>անձի անուն կամ այլ անուն</translation>
    </message>
    <message>
      <source>phone number</source>
      <translation>հեռախոսահամար</translation>
    </message>
    <message>
      <source>phone-like number</source>
      <translation>հեռախոսահամարի նման թիվ</translation>
    </message>
    <message>
      <source>e-mail address</source>
      <translation>էլ. փոստի հասցե</translation>
    </message>
    <message>
      <source>messenger or social handle</source>
      <translation>մեսենջերի կամ սոցցանցի անուն</translation>
    </message>
    <message>
      <source>id or document number</source>
      <translation>անձը հաստատող փաստաթղթի կամ այլ փաստաթղթի համար</translation>
    </message>
    <message>
      <source>coordinates</source>
      <translation>կոորդինատներ</translation>
    </message>
    <message>
      <source>added by hand</source>
      <translation>ավելացված է ձեռքով</translation>
    </message>
    <message>
      <source>undecided</source>
      <translation>որոշված չէ</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>ընդունված է</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>մերժված է</translation>
    </message>
    <message>
      <source>kept by profile</source>
      <translation>պահպանված է ըստ պրոֆիլի</translation>
    </message>
    <message>
      <source>identity (a name)</source>
      <translation>ինքնություն (անուն)</translation>
    </message>
    <message>
      <source>contact (phone, e-mail, handle)</source>
      <translation>կոնտակտ (հեռախոս, էլ. փոստ, անուն ցանցում)</translation>
    </message>
    <message>
      <source>location</source>
      <translation>վայր</translation>
    </message>
    <message>
      <source>document or id number</source>
      <translation>փաստաթղթի կամ անձը հաստատող փաստաթղթի համար</translation>
    </message>
    <message>
      <source>other</source>
      <translation>այլ</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Թարգմանություն</translation>
    </message>
    <message>
      <source>Original</source>
      <translation>Բնօրինակ</translation>
    </message>
    <message>
      <source>their code</source>
      <translation>նրանց կոդը</translation>
    </message>
    <message>
      <source>{profile}: not reviewed</source>
      <translation>{profile}՝ ստուգված չէ</translation>
    </message>
    <message>
      <source>Export profile:</source>
      <translation>Արտահանման պրոֆիլ՝</translation>
    </message>
    <message>
      <source>Preview as exported</source>
      <translation>Նախադիտում արտահանվող տեսքով</translation>
    </message>
    <message>
      <source>Show exactly the file the recipient gets for this profile (read-only)</source>
      <translation>Ցույց տալ հենց այն ֆայլը, որը ստացողը կստանա այս պրոֆիլով (միայն ընթերցման համար)</translation>
    </message>
    <message>
      <source>Mark reviewed</source>
      <translation>Նշել որպես ստուգված</translation>
    </message>
    <message>
      <source>Record that you looked at the file shown, as exported</source>
      <translation>Գրանցել, որ դիտել եք ցուցադրված ֆայլը արտահանվող տեսքով</translation>
    </message>
    <message>
      <source>What the preview shows</source>
      <translation>Ինչ է ցույց տալիս նախադիտումը</translation>
    </message>
    <message>
      <source>Review state</source>
      <translation>Ստուգման վիճակը</translation>
    </message>
    <message>
      <source>{profile}: reviewed as exported</source>
      <translation>{profile}՝ ստուգված է արտահանվող տեսքով</translation>
    </message>
    <message>
      <source>{profile}: needs a new look ({why})</source>
      <translation>{profile}՝ պետք է նորից դիտել ({why})</translation>
    </message>
    <message>
      <source>changed since the review</source>
      <translation>փոխվել է ստուգումից հետո</translation>
    </message>
    <message>
      <source>As exported for {profile}: {type}, SHA-256 {sha}</source>
      <translation>Արտահանվող տեսքով {profile}-ի համար՝ {type}, SHA-256 {sha}</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Կարգավորումներ</translation>
    </message>
    <message>
      <source> min</source>
      <translation> րոպե</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Երբեք</translation>
    </message>
    <message>
      <source>Lock after minutes without input</source>
      <translation>Կողպել այսքան րոպե անգործությունից հետո</translation>
    </message>
    <message>
      <source>Lock after this long without input:</source>
      <translation>Կողպել այսքան անգործությունից հետո՝</translation>
    </message>
    <message>
      <source>Remember this vault's folder on this computer</source>
      <translation>Հիշել այս պահոցի թղթապանակը այս համակարգչում</translation>
    </message>
    <message>
      <source>These settings are kept inside the encrypted vault. Only the folder's path is noted outside it, so that the next start opens this vault; turn remembering off and the note is removed.</source>
      <translation>Այս կարգավորումները պահվում են գաղտնագրված պահոցի ներսում։ Դրանից դուրս նշվում է միայն թղթապանակի ուղին, որպեսզի հաջորդ գործարկման ժամանակ բացվի այս պահոցը. անջատեք հիշելը, և նշումը կհեռացվի։</translation>
    </message>
    <message>
      <source>The demo vault is thrown away on quit.</source>
      <translation>Ցուցադրական պահոցը ջնջվում է ծրագրից դուրս գալիս։</translation>
    </message>
    <message>
      <source>Witness statements and files, encrypted on this computer, redacted before they leave, exported as signed bundles.</source>
      <translation>Վկաների ցուցմունքներ և ֆայլեր՝ գաղտնագրված այս համակարգչում, քողարկված նախքան դուրս գալը, արտահանված որպես ստորագրված փաթեթներ։</translation>
    </message>
    <message>
      <source>Create a new vault…</source>
      <translation>Ստեղծել նոր պահոց…</translation>
    </message>
    <message>
      <source>Open a vault folder…</source>
      <translation>Բացել պահոցի թղթապանակ…</translation>
    </message>
    <message>
      <source>Open a vault folder</source>
      <translation>Բացել պահոցի թղթապանակ</translation>
    </message>
    <message>
      <source>Vault folder</source>
      <translation>Պահոցի թղթապանակ</translation>
    </message>
    <message>
      <source>an empty or new folder</source>
      <translation>դատարկ կամ նոր թղթապանակ</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Թղթապանակ՝</translation>
    </message>
    <message>
      <source>Your name in the custody log</source>
      <translation>Ձեր անունը պահպանման մատյանում</translation>
    </message>
    <message>
      <source>Your name (custody log):</source>
      <translation>Ձեր անունը (պահպանման մատյան)՝</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Գաղտնաբառ</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Գաղտնաբառը կրկին</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Գաղտնաբառ՝</translation>
    </message>
    <message>
      <source>Passphrase again:</source>
      <translation>Կրկին՝</translation>
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation>Գաղտնաբառի հուսալիություն</translation>
    </message>
    <message>
      <source>Strength:</source>
      <translation>Հուսալիություն՝</translation>
    </message>
    <message>
      <source>There is no way back in without your passphrase or the recovery code shown next. If both are lost, the evidence in this vault is lost for good: nobody, including the makers of this app, can open it.</source>
      <translation>Առանց ձեր գաղտնաբառի կամ հաջորդիվ ցուցադրվող վերականգնման կոդի ներս մտնել հնարավոր չէ։ Եթե երկուսն էլ կորել են, այս պահոցի ապացույցները կորած են ընդմիշտ. ոչ ոք, այդ թվում՝ այս ծրագրի ստեղծողները, չի կարող այն բացել։</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Զգուշացում</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Հետ</translation>
    </message>
    <message>
      <source>Create vault</source>
      <translation>Ստեղծել պահոց</translation>
    </message>
    <message>
      <source>Folder for the new vault</source>
      <translation>Թղթապանակ նոր պահոցի համար</translation>
    </message>
    <message>
      <source>Too short: at least 8 characters.</source>
      <translation>Չափազանց կարճ է՝ առնվազն 8 նիշ։</translation>
    </message>
    <message>
      <source>Write this code on paper and keep it apart from the laptop. It opens the vault if the passphrase is forgotten. It is shown only now.</source>
      <translation>Գրեք այս կոդը թղթի վրա և պահեք նոութբուքից առանձին։ Այն բացում է պահոցը, եթե գաղտնաբառը մոռացվել է։ Այն ցույց է տրվում միայն հիմա։</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Վերականգնման կոդ</translation>
    </message>
    <message>
      <source>I have written it down</source>
      <translation>Գրի եմ առել այն</translation>
    </message>
    <message>
      <source>I have written the recovery code down</source>
      <translation>Գրի եմ առել վերականգնման կոդը</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Շարունակել</translation>
    </message>
    <message>
      <source>Use the recovery code instead</source>
      <translation>Օգտագործել վերականգնման կոդը</translation>
    </message>
    <message>
      <source>Unlocking</source>
      <translation>Բացում</translation>
    </message>
    <message>
      <source>Another vault…</source>
      <translation>Այլ պահոց…</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Բացել</translation>
    </message>
    <message>
      <source>Create a vault</source>
      <translation>Ստեղծել պահոց</translation>
    </message>
    <message>
      <source>{label}; a guessing attack on a seized laptop would take {time}.</source>
      <translation>{label}. առգրավված նոութբուքի վրա գուշակման հարձակումը կտևեր {time}։</translation>
    </message>
    <message>
      <source>Choose a folder for the vault.</source>
      <translation>Ընտրեք թղթապանակ պահոցի համար։</translation>
    </message>
    <message>
      <source>The two passphrases differ; type the second one again.</source>
      <translation>Երկու գաղտնաբառերը տարբեր են. կրկին մուտքագրեք երկրորդը։</translation>
    </message>
    <message>
      <source>The passphrase must have at least 8 characters.</source>
      <translation>Գաղտնաբառը պետք է ունենա առնվազն 8 նիշ։</translation>
    </message>
    <message>
      <source>Creating the vault</source>
      <translation>Պահոցի ստեղծում</translation>
    </message>
    <message>
      <source>Your recovery code</source>
      <translation>Ձեր վերականգնման կոդը</translation>
    </message>
    <message>
      <source>Unlock the vault</source>
      <translation>Բացել պահոցը</translation>
    </message>
    <message>
      <source>Recovery code:</source>
      <translation>Վերականգնման կոդ՝</translation>
    </message>
    <message>
      <source>Vault folder: {folder}</source>
      <translation>Պահոցի թղթապանակ՝ {folder}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Լեզու</translation>
    </message>
    <message>
      <source>Interview date</source>
      <translation>Հարցազրույցի ամսաթիվ</translation>
    </message>
    <message>
      <source>2020-11-09, 2020-11, 2020 or ~2020-11</source>
      <translation>2020-11-09, 2020-11, 2020 կամ ~2020-11</translation>
    </message>
    <message>
      <source>Interviewer</source>
      <translation>Հարցազրուցավար</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Թարգմանիչ</translation>
    </message>
    <message>
      <source>Translation language</source>
      <translation>Թարգմանության լեզու</translation>
    </message>
    <message>
      <source>Correct what was entered wrongly; the text is not changed. You will be asked why.</source>
      <translation>Ուղղեք սխալ մուտքագրվածը. տեքստը չի փոխվում։ Ձեզ կհարցնեն պատճառը։</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Լեզու՝</translation>
    </message>
    <message>
      <source>Interview date:</source>
      <translation>Հարցազրույցի ամսաթիվ՝</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>Վայր՝</translation>
    </message>
    <message>
      <source>Interviewer:</source>
      <translation>Հարցազրուցավար՝</translation>
    </message>
    <message>
      <source>Interpreter:</source>
      <translation>Թարգմանիչ՝</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Տեսակ՝</translation>
    </message>
    <message>
      <source>Translation language:</source>
      <translation>Թարգմանության լեզու՝</translation>
    </message>
    <message>
      <source>Why are these details corrected? (kept in the vault with the change)</source>
      <translation>Ինչո՞ւ են ուղղվում այս տվյալները (պահվում է պահոցում փոփոխության հետ)</translation>
    </message>
    <message>
      <source>The text and the translation are unchanged: nothing to save.</source>
      <translation>Տեքստը և թարգմանությունը չեն փոխվել. պահպանելու բան չկա։</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>A correction needs a reason; nothing was changed.</source>
      <translation>Ուղղման համար պատճառ է պետք. ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>Edit text of {code}</source>
      <translation>{code}-ի տեքստի խմբագրում</translation>
    </message>
    <message>
      <source>Saving makes version {n}; every earlier version is kept as it was. Redaction decisions on unchanged words are kept.</source>
      <translation>Պահպանելը ստեղծում է {n} տարբերակը. բոլոր նախորդ տարբերակները պահվում են անփոփոխ։ Չփոխված բառերի քողարկման որոշումները պահպանվում են։</translation>
    </message>
    <message>
      <source>Correct details of {code}</source>
      <translation>{code}-ի տվյալների ուղղում</translation>
    </message>
    <message>
      <source>Why correct {code}?</source>
      <translation>Ինչո՞ւ ուղղել {code}-ը</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Տեսակ</translation>
    </message>
    <message>
      <source>— nobody —</source>
      <translation>— ոչ ոք —</translation>
    </message>
    <message>
      <source>New statement</source>
      <translation>Նոր ցուցմունք</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Վկա</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Թեմաներ</translation>
    </message>
    <message>
      <source>Witness:</source>
      <translation>Վկա՝</translation>
    </message>
    <message>
      <source>Topics:</source>
      <translation>Թեմաներ՝</translation>
    </message>
    <message>
      <source>Add the witness on the People tab first.</source>
      <translation>Նախ ավելացրեք վկային «Անձինք» ներդիրում։</translation>
    </message>
    <message>
      <source>Select a statement to read it.</source>
      <translation>Ընտրեք ցուցմունք՝ այն կարդալու համար։</translation>
    </message>
    <message>
      <source>{code}, version {n} of {total}</source>
      <translation>{code}, տարբերակ {n}՝ {total}-ից</translation>
    </message>
    <message>
      <source>New statement…</source>
      <translation>Նոր ցուցմունք…</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Ցուցմունք</translation>
    </message>
    <message>
      <source>Text copied; the clipboard is cleared in 30 seconds.</source>
      <translation>Տեքստը պատճենված է. սեղմատախտակը կմաքրվի 30 վայրկյանից։</translation>
    </message>
    <message>
      <source>Edit text…</source>
      <translation>Խմբագրել տեքստը…</translation>
    </message>
    <message>
      <source>Versions…</source>
      <translation>Տարբերակներ…</translation>
    </message>
    <message>
      <source>Correct details…</source>
      <translation>Ուղղել տվյալները…</translation>
    </message>
    <message>
      <source>Copy text</source>
      <translation>Պատճենել տեքստը</translation>
    </message>
    <message>
      <source>{code}: version {n} saved.</source>
      <translation>{code}՝ {n} տարբերակը պահպանված է։</translation>
    </message>
    <message>
      <source>Retract {code}? It stays in the vault but leaves the lists, search and exports. A retraction is final.</source>
      <translation>Հետ կանչե՞լ {code}-ը։ Այն մնում է պահոցում, բայց դուրս է գալիս ցանկերից, որոնումից և արտահանումներից։ Հետ կանչումը վերջնական է։</translation>
    </message>
    <message>
      <source>{code} saved as version 1.</source>
      <translation>{code}-ը պահպանված է որպես 1-ին տարբերակ։</translation>
    </message>
    <message>
      <source>{code}: details corrected.</source>
      <translation>{code}՝ տվյալները ուղղված են։</translation>
    </message>
    <message>
      <source>Retract {code}</source>
      <translation>Հետ կանչել {code}-ը</translation>
    </message>
    <message>
      <source>Why is {code} retracted? (kept in the vault)</source>
      <translation>Ինչո՞ւ է հետ կանչվում {code}-ը (պահվում է պահոցում)</translation>
    </message>
    <message>
      <source>{n} redaction decision(s) were on words that changed and need a new look.</source>
      <translation>Փոխված բառերի վերաբերյալ քողարկման որոշումներ, որոնք պետք է նորից դիտել՝ {n}։</translation>
    </message>
    <message>
      <source>{code} was retracted.</source>
      <translation>{code}-ը հետ է կանչված։</translation>
    </message>
    <message>
      <source>Original text</source>
      <translation>Բնօրինակ տեքստ</translation>
    </message>
    <message>
      <source>Select a proposal in the list or press N.</source>
      <translation>Ընտրեք առաջարկ ցանկից կամ սեղմեք N։</translation>
    </message>
    <message>
      <source>Selected proposal</source>
      <translation>Ընտրված առաջարկ</translation>
    </message>
    <message>
      <source>&amp;Accept (A)</source>
      <translation>&amp;Ընդունել (A)</translation>
    </message>
    <message>
      <source>&amp;Reject (R)</source>
      <translation>&amp;Մերժել (R)</translation>
    </message>
    <message>
      <source>Accept all of this person</source>
      <translation>Ընդունել այս անձի բոլորը</translation>
    </message>
    <message>
      <source>Accept all</source>
      <translation>Ընդունել բոլորը</translation>
    </message>
    <message>
      <source>Redact selection… (S)</source>
      <translation>Քողարկել ընտրվածը… (S)</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z)</source>
      <translation>Հետարկել (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Show proposals</source>
      <translation>Ցույց տալ առաջարկները</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Ցույց տալ՝</translation>
    </message>
    <message>
      <source>Proposals</source>
      <translation>Առաջարկներ</translation>
    </message>
    <message>
      <source>e.g. az-Arab</source>
      <translation>օր.՝ az-Arab</translation>
    </message>
    <message>
      <source>Original as exported</source>
      <translation>Բնօրինակը արտահանվող տեսքով</translation>
    </message>
    <message>
      <source>Translation as exported</source>
      <translation>Թարգմանությունը արտահանվող տեսքով</translation>
    </message>
    <message>
      <source>Place as exported</source>
      <translation>Վայրը արտահանվող տեսքով</translation>
    </message>
    <message>
      <source>Undecided hits</source>
      <translation>Չորոշված գտածոներ</translation>
    </message>
    <message>
      <source>Exactly as the {profile} export carries this statement.</source>
      <translation>Ճիշտ այնպես, ինչպես {profile} արտահանումը փոխանցում է այս ցուցմունքը։</translation>
    </message>
    <message>
      <source>Not exported for {profile}: {why}. As it would read:</source>
      <translation>Չի արտահանվում {profile}-ի համար՝ {why}։ Այն կկարդացվեր այսպես՝</translation>
    </message>
    <message>
      <source>Place: {place}</source>
      <translation>Վայր՝ {place}</translation>
    </message>
    <message>
      <source>{where}: “{text}” — {kind}</source>
      <translation>{where}՝ «{text}» — {kind}</translation>
    </message>
    <message>
      <source>{n} hit(s) nobody decided for {profile}, highlighted above: the export refuses until each is accepted or rejected.</source>
      <translation>{profile}-ի համար չորոշված գտածոներ՝ {n}, ընդգծված են վերևում. արտահանումը մերժվում է, մինչև յուրաքանչյուրը ընդունվի կամ մերժվի։</translation>
    </message>
    <message>
      <source>Nothing undecided for {profile}: this is the text that leaves.</source>
      <translation>{profile}-ի համար չորոշված բան չկա. սա է դուրս գնացող տեքստը։</translation>
    </message>
    <message>
      <source>Keys: A accept · R reject · N / P next / previous · S redact selection · Ctrl+Z undo</source>
      <translation>Ստեղներ՝ A ընդունել · R մերժել · N / P հաջորդ / նախորդ · S քողարկել ընտրվածը · Ctrl+Z հետարկել</translation>
    </message>
    <message>
      <source>Decide</source>
      <translation>Որոշել</translation>
    </message>
    <message>
      <source>Deciding</source>
      <translation>Որոշում</translation>
    </message>
    <message>
      <source>Redact selection</source>
      <translation>Քողարկել ընտրվածը</translation>
    </message>
    <message>
      <source>Why must these words not leave?</source>
      <translation>Ինչո՞ւ այս բառերը չպետք է դուրս գան</translation>
    </message>
    <message>
      <source>Adding</source>
      <translation>Ավելացում</translation>
    </message>
    <message>
      <source>Undoing</source>
      <translation>Հետարկում</translation>
    </message>
    <message>
      <source>Looking for names and numbers</source>
      <translation>Անունների և համարների որոնում</translation>
    </message>
    <message>
      <source>Select the words to redact in the original or the translation.</source>
      <translation>Ընտրեք քողարկվող բառերը բնօրինակում կամ թարգմանության մեջ։</translation>
    </message>
    <message>
      <source>Nothing to undo in this window.</source>
      <translation>Այս պատուհանում հետարկելու բան չկա։</translation>
    </message>
    <message>
      <source>{undecided} undecided, {accepted} accepted, {rejected} rejected</source>
      <translation>չորոշված՝ {undecided}, ընդունված՝ {accepted}, մերժված՝ {rejected}</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>Տարբերակներ</translation>
    </message>
    <message>
      <source>Compare from version</source>
      <translation>Համեմատել՝ տարբերակից</translation>
    </message>
    <message>
      <source>Compare to version</source>
      <translation>Համեմատել՝ տարբերակի հետ</translation>
    </message>
    <message>
      <source>Changes between the two versions</source>
      <translation>Երկու տարբերակների միջև փոփոխությունները</translation>
    </message>
    <message>
      <source>Versions of {code}</source>
      <translation>{code}-ի տարբերակները</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Համեմատել</translation>
    </message>
    <message>
      <source>with</source>
      <translation>հետ</translation>
    </message>
    <message>
      <source>added</source>
      <translation>ավելացված</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>հեռացված</translation>
    </message>
    <message>
      <source>version {n}</source>
      <translation>տարբերակ {n}</translation>
    </message>
    <message>
      <source>&amp;Vault</source>
      <translation>&amp;Պահոց</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Կողպել</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Կարգավորումներ…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Ելք</translation>
    </message>
    <message>
      <source>Reading settings</source>
      <translation>Կարգավորումների ընթերցում</translation>
    </message>
    <message>
      <source>Unlocked</source>
      <translation>Բացված է</translation>
    </message>
    <message>
      <source>Saving settings</source>
      <translation>Կարգավորումների պահպանում</translation>
    </message>
    <message>
      <source>Evidence Vault — DEMO (a throwaway sample vault)</source>
      <translation>Evidence Vault — ՑՈՒՑԱԴՐԱԿԱՆ (փորձնական պահոց, կջնջվի)</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Կողպված է</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Գործեր</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>Նոր գործ…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Արտահանել…</translation>
    </message>
    <message>
      <source>Search names, codes, statements and files in every case</source>
      <translation>Որոնել անուններ, կոդեր, ցուցմունքներ և ֆայլեր բոլոր գործերում</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Որոնում</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Որոնման արդյունքներ</translation>
    </message>
    <message>
      <source>Case records</source>
      <translation>Գործի գրառումներ</translation>
    </message>
    <message>
      <source>Reading cases</source>
      <translation>Գործերի ընթերցում</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>Նոր գործ</translation>
    </message>
    <message>
      <source>Title of the case:</source>
      <translation>Գործի անվանումը՝</translation>
    </message>
    <message>
      <source>Searching</source>
      <translation>Որոնում</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Գտնված</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Գործ</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Որտեղ</translation>
    </message>
    <message>
      <source>  (imported)</source>
      <translation>  (ներմուծված)</translation>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>Ոչինչ չի գտնվել։</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Տարբերակ</translation>
    </message>
    <message>
      <source>Saved (UTC)</source>
      <translation>Պահպանված (UTC)</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Օպերատոր</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Translation SHA-256</source>
      <translation>Թարգմանության SHA-256</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Տեքստ</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Անձ</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Վիճակ</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Փոխարինվում է</translation>
    </message>
    <message>
      <source>Opens safely</source>
      <translation>Բացվում է անվտանգ</translation>
    </message>
    <message>
      <source>Layout (BagIt)</source>
      <translation>Կառուցվածք (BagIt)</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Ստորագրություն</translation>
    </message>
    <message>
      <source>Bundle identity</source>
      <translation>Փաթեթի նույնականացում</translation>
    </message>
    <message>
      <source>Files and hashes</source>
      <translation>Ֆայլեր և հեշեր</translation>
    </message>
    <message>
      <source>Custody chain</source>
      <translation>Պահպանման շղթա</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>անցավ</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>ՁԱԽՈՂՎԵՑ</translation>
    </message>
    <message>
      <source>not checked</source>
      <translation>չի ստուգվել</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Ով է գրանցել</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Գրանցված</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Բոլորը</translation>
    </message>
    <message>
      <source>Undecided</source>
      <translation>Չորոշված</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Ընդունված</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Մերժված</translation>
    </message>
    <message>
      <source>Kept by profile</source>
      <translation>Պահպանված ըստ պրոֆիլի</translation>
    </message>
    <message>
      <source>legal</source>
      <translation>իրավական</translation>
    </message>
    <message>
      <source>government</source>
      <translation>պետական</translation>
    </message>
    <message>
      <source>ngo</source>
      <translation>ՀԿ</translation>
    </message>
    <message>
      <source>media</source>
      <translation>ԶԼՄ</translation>
    </message>
    <message>
      <source>public</source>
      <translation>հանրային</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>ապացույցներ</translation>
    </message>
    <message>
      <source>For lawyers and courts: witnesses and victims by code, perpetrators named; statements of witnesses who consented to legal use.</source>
      <translation>Իրավաբանների և դատարանների համար՝ վկաներն ու տուժողները կոդով, իրավախախտները՝ անունով. այն վկաների ցուցմունքները, որոնք համաձայնել են իրավական օգտագործմանը։</translation>
    </message>
    <message>
      <source>For a government body: witnesses and victims by code, perpetrators named; statements of witnesses who consented to government use.</source>
      <translation>Պետական մարմնի համար՝ վկաներն ու տուժողները կոդով, իրավախախտները՝ անունով. այն վկաների ցուցմունքները, որոնք համաձայնել են պետական օգտագործմանը։</translation>
    </message>
    <message>
      <source>For a partner organization: witnesses and victims by code, perpetrators named; statements of witnesses who consented to NGO use.</source>
      <translation>Գործընկեր կազմակերպության համար՝ վկաներն ու տուժողները կոդով, իրավախախտները՝ անունով. այն վկաների ցուցմունքները, որոնք համաձայնել են ՀԿ-ի օգտագործմանը։</translation>
    </message>
    <message>
      <source>For journalists: everyone by code, perpetrators too; statements of witnesses who consented to media use.</source>
      <translation>Լրագրողների համար՝ բոլորը կոդով, այդ թվում՝ իրավախախտները. այն վկաների ցուցմունքները, որոնք համաձայնել են ԶԼՄ-ների օգտագործմանը։</translation>
    </message>
    <message>
      <source>For publication: everyone by code, perpetrators too; statements of witnesses who consented to public use.</source>
      <translation>Հրապարակման համար՝ բոլորը կոդով, այդ թվում՝ իրավախախտները. այն վկաների ցուցմունքները, որոնք համաձայնել են հանրային օգտագործմանը։</translation>
    </message>
    <message>
      <source>The full record for a court or HQ: real names, originals; consent to legal use decides; it must be an encrypted file.</source>
      <translation>Ամբողջական նյութը դատարանի կամ գլխամասային գրասենյակի համար՝ իրական անուններ, բնօրինակներ. որոշում է իրավական օգտագործման համաձայնությունը. պետք է լինի գաղտնագրված ֆայլ։</translation>
    </message>
    <message>
      <source>Victim</source>
      <translation>Տուժող</translation>
    </message>
    <message>
      <source>Perpetrator</source>
      <translation>Իրավախախտ</translation>
    </message>
    <message>
      <source>first account</source>
      <translation>առաջնային պատմում</translation>
    </message>
    <message>
      <source>formal</source>
      <translation>պաշտոնական</translation>
    </message>
    <message>
      <source>sworn</source>
      <translation>երդմամբ</translation>
    </message>
    <message>
      <source>very weak</source>
      <translation>շատ թույլ</translation>
    </message>
    <message>
      <source>weak</source>
      <translation>թույլ</translation>
    </message>
    <message>
      <source>fair</source>
      <translation>միջին</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>ուժեղ</translation>
    </message>
    <message>
      <source>very strong</source>
      <translation>շատ ուժեղ</translation>
    </message>
    <message>
      <source>Size (bytes)</source>
      <translation>Չափ (բայթ)</translation>
    </message>
    <message>
      <source>Time (UTC)</source>
      <translation>Ժամ (UTC)</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Գործողություն</translation>
    </message>
    <message>
      <source>Encrypting</source>
      <translation>Գաղտնագրում</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>Պահուստային պատճենում</translation>
    </message>
    <message>
      <source>Checking attachments</source>
      <translation>Կցորդների ստուգում</translation>
    </message>
    <message>
      <source>Upgrading the vault format</source>
      <translation>Պահոցի ձևաչափի թարմացում</translation>
    </message>
    <message>
      <source>Reading the bundle</source>
      <translation>Փաթեթի ընթերցում</translation>
    </message>
    <message>
      <source>Preparing files</source>
      <translation>Ֆայլերի պատրաստում</translation>
    </message>
    <message>
      <source>Taking in attachments</source>
      <translation>Կցորդների ընդունում</translation>
    </message>
    <message>
      <source>Writing records</source>
      <translation>Գրառումների գրում</translation>
    </message>
    <message>
      <source>Planning</source>
      <translation>Պլանավորում</translation>
    </message>
    <message>
      <source>Checking</source>
      <translation>Ստուգում</translation>
    </message>
    <message>
      <source>Redacting pages</source>
      <translation>Էջերի քողարկում</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
  </context>
</TS>
