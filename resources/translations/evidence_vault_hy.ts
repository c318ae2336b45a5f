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
    <message>
      <source>Language of the window</source>
      <translation>Պատուհանի լեզուն</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>Համակարգի լեզուն</translation>
    </message>
    <message>
      <source>The new language is used from the next start of Evidence Vault.</source>
      <translation>Նոր լեզուն կօգտագործվի Evidence Vault-ի հաջորդ գործարկման ժամանակ։</translation>
    </message>
    <message>
      <source>A backup is an encrypted copy of the whole vault (nothing is decrypted), written into a new folder inside the one you choose, then opened and checked. It opens with this vault's passphrase, recovery code and escrow identity as they are now.</source>
      <translation>Պահուստային պատճենը ամբողջ պահոցի գաղտնագրված պատճենն է (ոչինչ չի վերծանվում). այն գրվում է ձեր ընտրած թղթապանակի ներսում նոր թղթապանակում, ապա բացվում և ստուգվում է։ Այն բացվում է այս պահոցի գաղտնաբառով, վերականգնման կոդով և պահատվական նույնականացմամբ՝ այնպես, ինչպես դրանք կան հիմա։</translation>
    </message>
    <message>
      <source>Folder for the backup</source>
      <translation>Թղթապանակ պահուստային պատճենի համար</translation>
    </message>
    <message>
      <source>e.g. an encrypted USB disk</source>
      <translation>օր.՝ գաղտնագրված USB սկավառակ</translation>
    </message>
    <message>
      <source>Back up</source>
      <translation>Ստեղծել պահուստային պատճեն</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>Պահուստային պատճենում…</translation>
    </message>
    <message>
      <source>Into folder:</source>
      <translation>Թղթապանակ՝</translation>
    </message>
    <message>
      <source>Choose the folder the backup goes into.</source>
      <translation>Ընտրեք թղթապանակը, որտեղ կգրվի պահուստային պատճենը։</translation>
    </message>
    <message>
      <source>Backup written to {folder} and verified: it was opened and checked ({attachments} attachments authenticated, {rows} custody events in an unbroken chain).</source>
      <translation>Պահուստային պատճենը գրվել է {folder}-ում և հավաստվել՝ այն բացվել և ստուգվել է (իսկությունը հաստատված կցորդներ՝ {attachments}, պահպանման իրադարձություններ անխզելի շղթայում՝ {rows})։</translation>
    </message>
    <message>
      <source>The backup at {folder} did not pass its check: {problems}</source>
      <translation>{folder}-ում գտնվող պահուստային պատճենը չանցավ ստուգումը՝ {problems}</translation>
    </message>
    <message>
      <source>ERASE</source>
      <translation>ՋՆՋԵԼ</translation>
    </message>
    <message>
      <source>Erase the vault</source>
      <translation>Ջնջել պահոցը</translation>
    </message>
    <message>
      <source>Erase this vault for good?</source>
      <translation>Ջնջե՞լ այս պահոցը ընդմիշտ։</translation>
    </message>
    <message>
      <source>Keep the escrow slot (HQ can still open the vault)</source>
      <translation>Պահել պահատվական սլոթը (գլխամասային գրասենյակը դեռ կկարողանա բացել պահոցը)</translation>
    </message>
    <message>
      <source>Keep the escrow slot</source>
      <translation>Պահել պահատվական սլոթը</translation>
    </message>
    <message>
      <source>Type the word to confirm erasing</source>
      <translation>Մուտքագրեք բառը՝ ջնջումը հաստատելու համար</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Ջնջել</translation>
    </message>
    <message>
      <source>What erasing does: the key slots in the vault's key file are overwritten in place, so the passphrase and the recovery code no longer open it and nothing in it can be decrypted any more. It takes a moment and needs no passphrase. It cannot be undone.</source>
      <translation>Ինչ է անում ջնջումը՝ պահոցի բանալիների ֆայլում բանալիների սլոթերը վերագրվում են տեղում, այնպես որ գաղտնաբառը և վերականգնման կոդն այլևս չեն բացում այն, և դրանում եղածից ոչինչ այլևս հնարավոր չէ վերծանել։ Դա տևում է մի պահ և գաղտնաբառ չի պահանջում։ Այն հնարավոր չէ հետարկել։</translation>
    </message>
    <message>
      <source>What it does NOT guarantee:
• copies and backups of the vault elsewhere still open with their passphrase or recovery code;
• flash disks and SSDs may keep old copies of the key file in worn-out blocks (wear-levelling) that overwriting cannot reach;
• an escrow slot kept on purpose still lets HQ open the vault;
• someone who already copied the keys or the unlocked vault keeps what they copied.</source>
      <translation>Ինչ ՉԻ երաշխավորում՝
• պահոցի պատճենները և պահուստային պատճենները այլ վայրերում դեռ բացվում են իրենց գաղտնաբառով կամ վերականգնման կոդով.
• ֆլեշ կրիչները և SSD-ները կարող են պահել բանալիների ֆայլի հին պատճենները մաշված բլոկներում (մաշվածության հավասարեցում), որոնց վերագրումը չի հասնում.
• դիտավորյալ պահված պահատվական սլոթը դեռ թույլ է տալիս գլխամասային գրասենյակին բացել պահոցը.
• ով արդեն պատճենել է բանալիները կամ բացված պահոցը, պահպանում է իր պատճենածը։</translation>
    </message>
    <message>
      <source>This vault has no escrow slot.</source>
      <translation>Այս պահոցը պահատվական սլոթ չունի։</translation>
    </message>
    <message>
      <source>Type {word} to confirm:</source>
      <translation>Հաստատելու համար մուտքագրեք {word}՝</translation>
    </message>
    <message>
      <source>New recovery code</source>
      <translation>Նոր վերականգնման կոդ</translation>
    </message>
    <message>
      <source>Copy (cleared from the clipboard in 30 s)</source>
      <translation>Պատճենել (սեղմատախտակը կմաքրվի 30 վայրկյանից)</translation>
    </message>
    <message>
      <source>Write this code on paper and keep it apart from the laptop; it is shown only now. {why}</source>
      <translation>Գրեք այս կոդը թղթի վրա և պահեք նոութբուքից առանձին. այն ցույց է տրվում միայն հիմա։ {why}</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Նոր գաղտնաբառ</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>Նոր գաղտնաբառը կրկին</translation>
    </message>
    <message>
      <source>New passphrase:</source>
      <translation>Նոր գաղտնաբառ՝</translation>
    </message>
    <message>
      <source>New passphrase again:</source>
      <translation>Կրկին՝</translation>
    </message>
    <message>
      <source>Also re-key (someone else may know the old passphrase)</source>
      <translation>Նաև փոխել բանալին (հին գաղտնաբառը կարող է իմանալ մեկ ուրիշը)</translation>
    </message>
    <message>
      <source>Also re-key</source>
      <translation>Նաև փոխել բանալին</translation>
    </message>
    <message>
      <source>Without re-keying, backups and any old copy of the key file a disk kept still open with the old passphrase. Re-keying gives the vault a new master key and a new recovery code: old copies no longer open what it holds now. The vault is locked while it is re-keyed; unlock it with the new passphrase.</source>
      <translation>Առանց բանալու փոփոխության՝ պահուստային պատճենները և բանալիների ֆայլի ցանկացած հին պատճեն, որը մնացել է սկավառակի վրա, դեռ բացվում են հին գաղտնաբառով։ Բանալու փոփոխությունը պահոցին տալիս է նոր հիմնական բանալի և նոր վերականգնման կոդ. հին պատճեններն այլևս չեն բացում այն, ինչ այժմ պահվում է դրանում։ Բանալու փոփոխության ընթացքում պահոցը կողպվում է. բացեք այն նոր գաղտնաբառով։</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Փոխել գաղտնաբառը</translation>
    </message>
    <message>
      <source>Changing the passphrase</source>
      <translation>Գաղտնաբառի փոփոխում</translation>
    </message>
    <message>
      <source>Passphrase changed. Backups, and any old copy of the key file a disk kept, still open with the old one; if someone may know it, change it again with re-keying.</source>
      <translation>Գաղտնաբառը փոխվել է։ Պահուստային պատճենները և բանալիների ֆայլի ցանկացած հին պատճեն, որը մնացել է սկավառակի վրա, դեռ բացվում են հինով. եթե այն կարող է իմանալ մեկ ուրիշը, կրկին փոխեք այն՝ բանալու փոփոխությամբ։</translation>
    </message>
    <message>
      <source>The recovery code opens the vault when the passphrase is forgotten. Make a new one if the paper was lost or seen: the old code stops working at once, and the new one is shown only once.</source>
      <translation>Վերականգնման կոդը բացում է պահոցը, երբ գաղտնաբառը մոռացվել է։ Ստեղծեք նորը, եթե թուղթը կորել է կամ ինչ-որ մեկը տեսել է այն. հին կոդն անմիջապես դադարում է գործել, իսկ նորը ցույց է տրվում միայն մեկ անգամ։</translation>
    </message>
    <message>
      <source>Make a new recovery code…</source>
      <translation>Ստեղծել նոր վերականգնման կոդ…</translation>
    </message>
    <message>
      <source>Make a new recovery code? The old one stops working.</source>
      <translation>Ստեղծե՞լ նոր վերականգնման կոդ։ Հինը կդադարի գործել։</translation>
    </message>
    <message>
      <source>Making a new recovery code</source>
      <translation>Նոր վերականգնման կոդի ստեղծում</translation>
    </message>
    <message>
      <source>Escrow slot</source>
      <translation>Պահատվական սլոթ</translation>
    </message>
    <message>
      <source>HQ's age recipient</source>
      <translation>Գլխամասային գրասենյակի age ստացողը</translation>
    </message>
    <message>
      <source>age1… (from HQ)</source>
      <translation>age1… (գլխամասային գրասենյակից)</translation>
    </message>
    <message>
      <source>HQ's age recipient:</source>
      <translation>Գլխամասային գրասենյակի age ստացողը՝</translation>
    </message>
    <message>
      <source>Remove the escrow slot…</source>
      <translation>Հեռացնել պահատվական սլոթը…</translation>
    </message>
    <message>
      <source>Add or replace</source>
      <translation>Ավելացնել կամ փոխարինել</translation>
    </message>
    <message>
      <source>An escrow slot lets HQ open this vault with its age identity if every passphrase and recovery code is lost, and survives an erase when asked to. A vault keeps one: adding another replaces it.</source>
      <translation>Պահատվական սլոթը թույլ է տալիս գլխամասային գրասենյակին բացել այս պահոցը իր age նույնականացմամբ, եթե բոլոր գաղտնաբառերը և վերականգնման կոդերը կորել են, և, եթե այդպես է նշված, պահպանվում է ջնջման ժամանակ։ Պահոցն ունի միայն մեկը. մեկ այլի ավելացումը փոխարինում է այն։</translation>
    </message>
    <message>
      <source>Adding the escrow slot</source>
      <translation>Պահատվական սլոթի ավելացում</translation>
    </message>
    <message>
      <source>Remove the escrow slot</source>
      <translation>Հեռացնել պահատվական սլոթը</translation>
    </message>
    <message>
      <source>Remove the escrow slot? HQ will no longer be able to open this vault.</source>
      <translation>Հեռացնե՞լ պահատվական սլոթը։ Գլխամասային գրասենյակն այլևս չի կարողանա բացել այս պահոցը։</translation>
    </message>
    <message>
      <source>Removing the escrow slot</source>
      <translation>Պահատվական սլոթի հեռացում</translation>
    </message>
    <message>
      <source>Every custody event records who did it. A change is itself logged (under the old name); the events after it carry the new one.</source>
      <translation>Պահպանման յուրաքանչյուր իրադարձություն գրանցում է, թե ով է այն կատարել։ Փոփոխությունն ինքնին գրանցվում է մատյանում (հին անվամբ). դրանից հետո իրադարձությունները կրում են նոր անունը։</translation>
    </message>
    <message>
      <source>Operator name in the custody log</source>
      <translation>Օպերատորի անունը պահպանման շղթայի մատյանում</translation>
    </message>
    <message>
      <source>Operator name:</source>
      <translation>Օպերատորի անունը՝</translation>
    </message>
    <message>
      <source>Save name</source>
      <translation>Պահպանել անունը</translation>
    </message>
    <message>
      <source>Saving the operator name</source>
      <translation>Օպերատորի անվան պահպանում</translation>
    </message>
    <message>
      <source>Keys and care</source>
      <translation>Բանալիներ և սպասարկում</translation>
    </message>
    <message>
      <source>Set a new passphrase</source>
      <translation>Սահմանել նոր գաղտնաբառ</translation>
    </message>
    <message>
      <source>You unlocked with the recovery code. Set a new passphrase now; then make a new recovery code (Vault &gt; Keys and care…) if this one may have been seen. Closing this without a new passphrase locks the vault again.</source>
      <translation>Դուք բացեցիք պահոցը վերականգնման կոդով։ Հիմա սահմանեք նոր գաղտնաբառ. ապա ստեղծեք նոր վերականգնման կոդ (Պահոց &gt; Բանալիներ և սպասարկում…), եթե այս կոդը կարող էր տեսնել մեկ ուրիշը։ Եթե փակեք այս պատուհանն առանց նոր գաղտնաբառի, պահոցը կրկին կկողպվի։</translation>
    </message>
    <message>
      <source>Lock instead</source>
      <translation>Փոխարենը կողպել</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Ընթացիկ գաղտնաբառ</translation>
    </message>
    <message>
      <source>Current passphrase:</source>
      <translation>Ընթացիկ գաղտնաբառ՝</translation>
    </message>
    <message>
      <source>The two new passphrases differ; type the second one again.</source>
      <translation>Երկու նոր գաղտնաբառերը տարբեր են. կրկին մուտքագրեք երկրորդը։</translation>
    </message>
    <message>
      <source>Checking the current passphrase</source>
      <translation>Ընթացիկ գաղտնաբառի ստուգում</translation>
    </message>
    <message>
      <source>The old recovery code no longer works.</source>
      <translation>Հին վերականգնման կոդն այլևս չի գործում։</translation>
    </message>
    <message>
      <source>A new recovery code was made; the old one no longer works.</source>
      <translation>Ստեղծվել է նոր վերականգնման կոդ. հինն այլևս չի գործում։</translation>
    </message>
    <message>
      <source>Paste HQ's age recipient (it starts with age1).</source>
      <translation>Տեղադրեք գլխամասային գրասենյակի age ստացողը (այն սկսվում է age1-ով)։</translation>
    </message>
    <message>
      <source>The escrow slot was removed: HQ can no longer open this vault.</source>
      <translation>Պահատվական սլոթը հեռացվել է. գլխամասային գրասենյակն այլևս չի կարող բացել այս պահոցը։</translation>
    </message>
    <message>
      <source>Escrow</source>
      <translation>Պահատվություն</translation>
    </message>
    <message>
      <source>Signers</source>
      <translation>Ստորագրողներ</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Պահուստային պատճեն</translation>
    </message>
    <message>
      <source>This vault has an escrow slot for: {recipient}</source>
      <translation>Այս պահոցն ունի պահատվական սլոթ հետևյալի համար՝ {recipient}</translation>
    </message>
    <message>
      <source>From now on custody events record {name}.</source>
      <translation>Այսուհետ պահպանման իրադարձություններում գրանցվում է {name}։</translation>
    </message>
    <message>
      <source>The escrow slot was replaced: {old} can no longer open this vault; {new} can.</source>
      <translation>Պահատվական սլոթը փոխարինվել է. {old}-ն այլևս չի կարող բացել այս պահոցը, իսկ {new}-ն կարող է։</translation>
    </message>
    <message>
      <source>Escrow slot added for {new}.</source>
      <translation>Պահատվական սլոթ է ավելացվել {new}-ի համար։</translation>
    </message>
    <message>
      <source>Trusted signers</source>
      <translation>Վստահելի ստորագրողներ</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>Չեղարկել…</translation>
    </message>
    <message>
      <source>Trust a key…</source>
      <translation>Վստահել բանալուն…</translation>
    </message>
    <message>
      <source>Fingerprint of the key</source>
      <translation>Բանալու մատնահետքը</translation>
    </message>
    <message>
      <source>Fingerprint of the key:</source>
      <translation>Բանալու մատնահետքը՝</translation>
    </message>
    <message>
      <source>Fingerprint as the sender read it out</source>
      <translation>Ուղարկողի կարդացած մատնահետքը</translation>
    </message>
    <message>
      <source>As the sender read it out:</source>
      <translation>Ինչպես կարդացել է ուղարկողը՝</translation>
    </message>
    <message>
      <source>Signer's name:</source>
      <translation>Ստորագրողի անունը՝</translation>
    </message>
    <message>
      <source>Trust this key</source>
      <translation>Վստահել այս բանալուն</translation>
    </message>
    <message>
      <source>Reading signers</source>
      <translation>Ստորագրողների ընթերցում</translation>
    </message>
    <message>
      <source>A signer's public key (.pub) or a bundle</source>
      <translation>Ստորագրողի բաց բանալին (.pub) կամ փաթեթ</translation>
    </message>
    <message>
      <source>Reading the key</source>
      <translation>Բանալու ընթերցում</translation>
    </message>
    <message>
      <source>Trusting the key</source>
      <translation>Բանալուն վստահելը</translation>
    </message>
    <message>
      <source>Revoke a signer</source>
      <translation>Չեղարկել ստորագրողին</translation>
    </message>
    <message>
      <source>Revoking the signer</source>
      <translation>Ստորագրողի չեղարկում</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>չեղարկված</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>վստահելի</translation>
    </message>
    <message>
      <source>Ask the sender to read their fingerprint out (by phone or in person, not in the same message as the key) and type it: the key is trusted only when the two are the same.</source>
      <translation>Խնդրեք ուղարկողին կարդալ իր մատնահետքը (հեռախոսով կամ անձամբ, ոչ նույն հաղորդագրությամբ, ինչ բանալին) և մուտքագրեք այն. բանալին վստահելի է դառնում միայն այն դեպքում, երբ երկուսը համընկնում են։</translation>
    </message>
    <message>
      <source>Revoke {name} ({fingerprint})? Bundles signed by this key will be reported REVOKED; a revoked key cannot be trusted again.</source>
      <translation>Չեղարկե՞լ {name}-ին ({fingerprint})։ Այս բանալիով ստորագրված փաթեթների մասին կնշվի «ՉԵՂԱՐԿՎԱԾ». չեղարկված բանալուն կրկին վստահել հնարավոր չէ։</translation>
    </message>
    <message>
      <source>{name} is now a trusted signer.</source>
      <translation>{name}-ն այժմ վստահելի ստորագրող է։</translation>
    </message>
    <message>
      <source>{name} was revoked.</source>
      <translation>{name} ստորագրողը չեղարկվել է։</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>Հիմնական գործիքագոտի</translation>
    </message>
    <message>
      <source>Add evidence…</source>
      <translation>Ավելացնել ապացույցներ…</translation>
    </message>
    <message>
      <source>Take files into the selected case</source>
      <translation>Ընդունել ֆայլերն ընտրված գործում</translation>
    </message>
    <message>
      <source>Search every case (Ctrl+F)</source>
      <translation>Որոնել բոլոր գործերում (Ctrl+F)</translation>
    </message>
    <message>
      <source>Ctrl+F</source>
      <translation>Ctrl+F</translation>
    </message>
    <message>
      <source>&amp;Keys and care…</source>
      <translation>&amp;Բանալիներ և սպասարկում…</translation>
    </message>
    <message>
      <source>&amp;Erase vault…</source>
      <translation>&amp;Ջնջել պահոցը…</translation>
    </message>
    <message>
      <source>Vault erased</source>
      <translation>Պահոցը ջնջված է</translation>
    </message>
    <message>
      <source>Re-keyed: unlock with the new passphrase</source>
      <translation>Բանալին փոխված է. բացեք նոր գաղտնաբառով</translation>
    </message>
    <message>
      <source>The vault was re-keyed and its passphrase changed: the old passphrase, the old recovery code, backups and disk images no longer open what it holds now.</source>
      <translation>Պահոցի բանալին և գաղտնաբառը փոխվել են. հին գաղտնաբառը, հին վերականգնման կոդը, պահուստային պատճենները և սկավառակների պատկերներն այլևս չեն բացում այն, ինչ այժմ պահվում է դրանում։</translation>
    </message>
    <message>
      <source>Re-keying the vault</source>
      <translation>Պահոցի բանալու փոփոխում</translation>
    </message>
    <message>
      <source>Erasing the vault</source>
      <translation>Պահոցի ջնջում</translation>
    </message>
    <message>
      <source>Erased</source>
      <translation>Ջնջված է</translation>
    </message>
    <message>
      <source>Files refused by the check</source>
      <translation>Ստուգմամբ մերժված ֆայլեր</translation>
    </message>
    <message>
      <source>Leave them out</source>
      <translation>Չընդունել դրանք</translation>
    </message>
    <message>
      <source>Leave the refused files out and take in the others</source>
      <translation>Չընդունել մերժված ֆայլերը, ընդունել մնացածը</translation>
    </message>
    <message>
      <source>Keep them as received</source>
      <translation>Պահել դրանք ստացված տեսքով</translation>
    </message>
    <message>
      <source>Keep the refused files as received: encrypted, never shown or redacted</source>
      <translation>Պահել մերժված ֆայլերը ստացված տեսքով՝ գաղտնագրված, առանց ցուցադրման և քողարկման</translation>
    </message>
    <message>
      <source>checking</source>
      <translation>ստուգում</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>մերժված</translation>
    </message>
    <message>
      <source>checked</source>
      <translation>ստուգված</translation>
    </message>
    <message>
      <source>{n} of {count} file(s) cannot be shown or redacted: disguised as another format, too large, damaged, or the decoder failed on them. Nothing was taken in yet.</source>
      <translation>{count} ֆայլից {n}-ը հնարավոր չէ ցուցադրել կամ քողարկել. դրանք ներկայանում են որպես այլ ձևաչափ, չափազանց մեծ են, վնասված են, կամ ապակոդավորիչը ձախողվել է դրանց վրա։ Դեռ ոչինչ չի ընդունվել։</translation>
    </message>
    <message>
      <source>Checking {name} (file {n} of {count})</source>
      <translation>{name}-ի ստուգում (ֆայլ {n}՝ {count}-ից)</translation>
    </message>
    <message>
      <source>Checking pictures and PDFs</source>
      <translation>Պատկերների և PDF-ների ստուգում</translation>
    </message>
    <message>
      <source>Kept as received</source>
      <translation>Պահված է ստացված տեսքով</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Redaction {record_id} is not a box in use (it was changed or removed meanwhile).</source>
      <translation>Քողարկում {record_id}-ը գործող շրջանակ չէ (այն միջանկյալ փոխվել կամ հեռացվել է)։</translation>
    </message>
    <message>
      <source>The custody log has no event {seq}.</source>
      <translation>Պահպանման շղթայի մատյանում {seq} իրադարձություն չկա։</translation>
    </message>
    <message>
      <source>No files to attach.</source>
      <translation>Կցելու ֆայլեր չկան։</translation>
    </message>
    <message>
      <source>{path_name} is a folder: choose or drop the files in it, not the folder. Nothing was taken in.</source>
      <translation>{path_name}-ը թղթապանակ է. ընտրեք կամ քաշեք դրա ներսի ֆայլերը, ոչ թե թղթապանակը։ Ոչինչ չի ընդունվել։</translation>
    </message>
    <message>
      <source>Cannot take in {path}: it is not a regular file.</source>
      <translation>Հնարավոր չէ ընդունել {path}-ը. այն սովորական ֆայլ չէ։</translation>
    </message>
    <message>
      <source>Cannot read {path}: no such file.</source>
      <translation>Հնարավոր չէ կարդալ {path}-ը. այդպիսի ֆայլ չկա։</translation>
    </message>
    <message>
      <source>Cannot read {path}: {exc_strerror}.</source>
      <translation>Հնարավոր չէ կարդալ {path}-ը՝ {exc_strerror}։</translation>
    </message>
    <message>
      <source>Cannot read {value} as yes or no.</source>
      <translation>Հնարավոր չէ {value}-ն ընկալել որպես այո կամ ոչ։</translation>
    </message>
    <message>
      <source>A case needs a title.</source>
      <translation>Գործը պետք է անվանում ունենա։</translation>
    </message>
    <message>
      <source>A consent to share needs an anonymity choice: required or waived.</source>
      <translation>Փոխանցման համաձայնության համար պետք է ընտրել անանունությունը՝ required (պահանջվում է) կամ waived (չի պահանջվում)։</translation>
    </message>
    <message>
      <source>An edit needs a new text or translation.</source>
      <translation>Խմբագրման համար պետք է նոր տեքստ կամ թարգմանություն։</translation>
    </message>
    <message>
      <source>The idle time must be a whole number of minutes.</source>
      <translation>Անգործության ժամանակը պետք է լինի րոպեների ամբողջ թիվ։</translation>
    </message>
    <message>
      <source>The idle time must be 0 (never) to {MAX_IDLE_MINUTES} minutes.</source>
      <translation>Անգործության ժամանակը պետք է լինի 0-ից (երբեք) մինչև {MAX_IDLE_MINUTES} րոպե։</translation>
    </message>
    <message>
      <source>Say why the details are corrected.</source>
      <translation>Նշեք, թե ինչու են ուղղվում տվյալները։</translation>
    </message>
    <message>
      <source>No remembered recipient has that key.</source>
      <translation>Հիշված ստացողներից ոչ մեկը այդ բանալին չունի։</translation>
    </message>
    <message>
      <source>That key is already remembered as {other_name}.</source>
      <translation>Այդ բանալին արդեն հիշված է որպես {other_name}։</translation>
    </message>
    <message>
      <source>A recipient named {other_name} is already remembered.</source>
      <translation>{other_name} անունով ստացող արդեն հիշված է։</translation>
    </message>
    <message>
      <source>A box is X,Y,WIDTH,HEIGHT (four numbers), not {text}.</source>
      <translation>Շրջանակը նշվում է X,Y,WIDTH,HEIGHT (չորս թիվ), ոչ թե {text}։</translation>
    </message>
    <message>
      <source>The key's fingerprint is {grouped}; to trust it, give --fingerprint with the one the sender read out, or --yes when not in a terminal.</source>
      <translation>Բանալու մատնահետքն է՝ {grouped}. վստահելու համար տվեք --fingerprint ուղարկողի կարդացած մատնահետքով, կամ --yes, երբ տերմինալում չեք։</translation>
    </message>
    <message>
      <source>Not confirmed; nothing was trusted.</source>
      <translation>Չհաստատվեց. ոչ մեկին վստահություն չի տրվել։</translation>
    </message>
    <message>
      <source>give at most a record type and one id: [TYPE] ID</source>
      <translation>տվեք առավելագույնը մեկ գրառման տեսակ և մեկ id՝ [TYPE] ID</translation>
    </message>
    <message>
      <source>give --alias or --clear-aliases, not both</source>
      <translation>տվեք --alias կամ --clear-aliases, ոչ երկուսը միասին</translation>
    </message>
    <message>
      <source>attachment relink needs --statement ID or --none (one of the two)</source>
      <translation>attachment relink-ի համար պետք է --statement ID կամ --none (երկուսից մեկը)</translation>
    </message>
    <message>
      <source>case edit needs --title T and/or --region CODES</source>
      <translation>case edit-ի համար պետք է --title T և/կամ --region CODES</translation>
    </message>
    <message>
      <source>statement edit needs --text-file F, --translation-file F or a field to correct</source>
      <translation>statement edit-ի համար պետք է --text-file F, --translation-file F կամ ուղղվող դաշտ</translation>
    </message>
    <message>
      <source>search: give a QUERY or --person ID (one of the two).</source>
      <translation>search՝ տվեք QUERY կամ --person ID (երկուսից մեկը)։</translation>
    </message>
    <message>
      <source>list cases takes no --case (every case is listed)</source>
      <translation>list cases-ը չի ընդունում --case (ցուցադրվում են բոլոր գործերը)</translation>
    </message>
    <message>
      <source>consent set --share needs --anonymity required|waived</source>
      <translation>consent set --share-ի համար պետք է --anonymity required|waived</translation>
    </message>
    <message>
      <source>--statement and --profile go with --all</source>
      <translation>--statement-ը և --profile-ը օգտագործվում են --all-ի հետ</translation>
    </message>
    <message>
      <source>give either --text, or --start and --end</source>
      <translation>տվեք կամ --text, կամ --start և --end</translation>
    </message>
    <message>
      <source>preview either --statement ID or --attachment ID</source>
      <translation>preview՝ կամ --statement ID, կամ --attachment ID</translation>
    </message>
    <message>
      <source>list one of --statement ID, --attachment ID or --case ID</source>
      <translation>տվեք մեկը՝ --statement ID, --attachment ID կամ --case ID</translation>
    </message>
    <message>
      <source>--start and --end go together, without --occurrence or --all</source>
      <translation>--start-ը և --end-ը տրվում են միասին, առանց --occurrence-ի կամ --all-ի</translation>
    </message>
    <message>
      <source>--out goes with --attachment (a statement is printed)</source>
      <translation>--out-ը օգտագործվում է --attachment-ի հետ (ցուցմունքը տպվում է)</translation>
    </message>
    <message>
      <source>use either --all --statement ID, or proposal ids</source>
      <translation>օգտագործեք կամ --all --statement ID, կամ առաջարկների id-ներ</translation>
    </message>
    <message>
      <source>name the proposal ids to accept, or use --all --statement ID</source>
      <translation>նշեք ընդունվող առաջարկների id-ները կամ օգտագործեք --all --statement ID</translation>
    </message>
    <message>
      <source>{problem} Nothing was changed after {NEW_SECRET_TRIES} tries.</source>
      <translation>{problem} {NEW_SECRET_TRIES} փորձից հետո ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>The {what} file {path} is far too large.</source>
      <translation>{what} ֆայլը՝ {path}, չափազանց մեծ է։</translation>
    </message>
    <message>
      <source>The {what} file {path} is empty.</source>
      <translation>{what} ֆայլը՝ {path}, դատարկ է։</translation>
    </message>
    <message>
      <source>Cannot read the {what} file {path}: {exc_strerror}.</source>
      <translation>Հնարավոր չէ կարդալ {what} ֆայլը՝ {path}՝ {exc_strerror}։</translation>
    </message>
    <message>
      <source>The {what} file {path} is not UTF-8 text.</source>
      <translation>{what} ֆայլը՝ {path}, UTF-8 տեքստ չէ։</translation>
    </message>
    <message>
      <source>No {what} entered.</source>
      <translation>Մուտքագրված չէ՝ {what}։</translation>
    </message>
    <message>
      <source>{ENV_PASSPHRASE} is set but empty.</source>
      <translation>{ENV_PASSPHRASE}-ը սահմանված է, բայց դատարկ է։</translation>
    </message>
    <message>
      <source>No new passphrase given: use --new-passphrase-file F, or run passwd in a terminal to type it twice; nothing was changed.</source>
      <translation>Նոր գաղտնաբառ տրված չէ. օգտագործեք --new-passphrase-file F կամ գործարկեք passwd տերմինալում՝ այն երկու անգամ մուտքագրելու համար. ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>give one of --recovery-code-file, --recovery-code or --identity, not several</source>
      <translation>տվեք --recovery-code-file, --recovery-code կամ --identity-ից մեկը, ոչ մի քանիսը</translation>
    </message>
    <message>
      <source>erase destroys the vault's keys; confirm with --yes when not in a terminal.</source>
      <translation>erase-ը ոչնչացնում է պահոցի բանալիները. հաստատեք --yes-ով, երբ տերմինալում չեք։</translation>
    </message>
    <message>
      <source>Not confirmed; nothing was erased.</source>
      <translation>Չհաստատվեց. ոչինչ չի ջնջվել։</translation>
    </message>
    <message>
      <source>Cannot read {path}: it is a folder, not a file.</source>
      <translation>Հնարավոր չէ կարդալ {path}-ը. այն թղթապանակ է, ոչ թե ֆայլ։</translation>
    </message>
    <message>
      <source>No attachment with id {attachment_id}.</source>
      <translation>{attachment_id} id-ով կցորդ չկա։</translation>
    </message>
    <message>
      <source>{attachment_label} failed its integrity check: its content does not match the hash taken at intake.</source>
      <translation>{attachment_label}-ը չանցավ ամբողջականության ստուգումը. դրա բովանդակությունը չի համընկնում ընդունման ժամանակ վերցված հեշի հետ։</translation>
    </message>
    <message>
      <source>Cannot read {label}: {exc_strerror}.</source>
      <translation>Հնարավոր չէ կարդալ {label}-ը՝ {exc_strerror}։</translation>
    </message>
    <message>
      <source>Cannot read {text_40} as a date: write 2024-05-01.</source>
      <translation>Հնարավոր չէ {text_40}-ն ընկալել որպես ամսաթիվ. գրեք 2024-05-01։</translation>
    </message>
    <message>
      <source>The folder {destination_parent} does not exist.</source>
      <translation>{destination_parent} թղթապանակը գոյություն չունի։</translation>
    </message>
    <message>
      <source>{destination} already exists and is not empty.</source>
      <translation>{destination}-ը արդեն գոյություն ունի և դատարկ չէ։</translation>
    </message>
    <message>
      <source>A backup cannot go inside the vault it copies.</source>
      <translation>Պահուստային պատճենը չի կարող լինել իր պատճենվող պահոցի ներսում։</translation>
    </message>
    <message>
      <source>The backup did not verify: {report_problems_0}</source>
      <translation>Պահուստային պատճենը չանցավ ստուգումը՝ {report_problems_0}</translation>
    </message>
    <message>
      <source>The vault database is being read by another part of the program, so no consistent copy can be taken now; close other windows and try again.</source>
      <translation>Պահոցի տվյալների բազան կարդում է ծրագրի մեկ այլ մաս, ուստի համաձայնեցված պատճեն հիմա հնարավոր չէ ստանալ. փակեք մյուս պատուհանները և կրկին փորձեք։</translation>
    </message>
    <message>
      <source>The vault is damaged or tampered with: {names} do not match what the vault last wrote (rows missing, changed, or put back from an older copy of the database). Nothing was changed. Restore the vault from a backup.</source>
      <translation>Պահոցը վնասված է կամ կեղծված՝ {names}-ը չի համընկնում պահոցի վերջին գրածի հետ (տողերը բացակայում են, փոխված են կամ վերադարձված են տվյալների բազայի հին պատճենից)։ Ոչինչ չի փոխվել։ Վերականգնեք պահոցը պահուստային պատճենից։</translation>
    </message>
    <message>
      <source>The vault is damaged or tampered with: its record of the tables cannot be read.</source>
      <translation>Պահոցը վնասված է կամ կեղծված. դրա աղյուսակների գրառումը հնարավոր չէ կարդալ։</translation>
    </message>
    <message>
      <source>{label} failed its integrity check: its key record was changed.</source>
      <translation>{label}-ը չանցավ ամբողջականության ստուգումը. դրա բանալու գրառումը փոխվել է։</translation>
    </message>
    <message>
      <source>{label} is missing its encrypted file.</source>
      <translation>{label}-ի գաղտնագրված ֆայլը բացակայում է։</translation>
    </message>
    <message>
      <source>{label} cannot be read ({exc_strerror}).</source>
      <translation>{label}-ը հնարավոր չէ կարդալ ({exc_strerror})։</translation>
    </message>
    <message>
      <source>{label} failed its integrity check: {exc_reason}; the file was changed outside the vault.</source>
      <translation>{label}-ը չանցավ ամբողջականության ստուգումը՝ {exc_reason}. ֆայլը փոխվել է պահոցից դուրս։</translation>
    </message>
    <message>
      <source>A case takes at most {MAX_REGIONS} regions.</source>
      <translation>Գործը կարող է ունենալ առավելագույնը {MAX_REGIONS} տարածաշրջան։</translation>
    </message>
    <message>
      <source>Name what to change: the title and/or the regions.</source>
      <translation>Նշեք, թե ինչ փոխել՝ անվանումը և/կամ տարածաշրջանները։</translation>
    </message>
    <message>
      <source>No case with id {case_id}.</source>
      <translation>{case_id} id-ով գործ չկա։</translation>
    </message>
    <message>
      <source>Unknown region {shown}: use ISO 3166 two-letter country codes such as AM, AZ, RU, GE (several: separated by commas).</source>
      <translation>Անհայտ տարածաշրջան {shown}. օգտագործեք ISO 3166 երկտառ երկրի կոդեր, օրինակ՝ AM, AZ, RU, GE (մի քանիսը՝ ստորակետով)։</translation>
    </message>
    <message>
      <source>Unknown consent category {join_map_repr_unknown}: use {join_CATEGORIES}.</source>
      <translation>Համաձայնության անհայտ կատեգորիա {join_map_repr_unknown}. օգտագործեք {join_CATEGORIES}։</translation>
    </message>
    <message>
      <source>Consent must name at least one category; to share with nobody, withdraw.</source>
      <translation>Համաձայնությունը պետք է նշի առնվազն մեկ կատեգորիա. ոչ ոքի չփոխանցելու համար հետ կանչեք այն։</translation>
    </message>
    <message>
      <source>Unknown anonymity {value}: use required or waived.</source>
      <translation>Անանունության անհայտ արժեք {value}. օգտագործեք required կամ waived։</translation>
    </message>
    <message>
      <source>No consent record with id {consent_id}.</source>
      <translation>{consent_id} id-ով համաձայնության գրառում չկա։</translation>
    </message>
    <message>
      <source>A role cannot be both added and dropped.</source>
      <translation>Դերը չի կարող միաժամանակ ավելացվել և հանվել։</translation>
    </message>
    <message>
      <source>Person {person_code} must keep at least one role.</source>
      <translation>{person_code} անձը պետք է պահպանի առնվազն մեկ դեր։</translation>
    </message>
    <message>
      <source>Person {person_code} is {role} in a statement or incident of the case: the role stays while that record does.</source>
      <translation>{person_code} անձը {role} է գործի ցուցմունքում կամ միջադեպում. դերը մնում է, քանի դեռ այդ գրառումը կա։</translation>
    </message>
    <message>
      <source>The {what} {text} has a year outside {MIN_YEAR}-{MAX_YEAR}.</source>
      <translation>{what} {text}՝ տարին {MIN_YEAR}-{MAX_YEAR} միջակայքից դուրս է։</translation>
    </message>
    <message>
      <source>The {what} {text} has no month {month}.</source>
      <translation>{what} {text}՝ {month} ամիս չկա։</translation>
    </message>
    <message>
      <source>Cannot read the {what} {text}: {FORMS}.</source>
      <translation>Հնարավոր չէ կարդալ {what} {text}՝ {FORMS}։</translation>
    </message>
    <message>
      <source>Cannot read the {what} {original}: {FORMS}.</source>
      <translation>Հնարավոր չէ կարդալ {what} {original}՝ {FORMS}։</translation>
    </message>
    <message>
      <source>The {what} {text} is not a day of the calendar.</source>
      <translation>{what} {text}՝ օրացույցում այդպիսի օր չկա։</translation>
    </message>
    <message>
      <source>No facility with id {facility_id}.</source>
      <translation>{facility_id} id-ով հաստատություն չկա։</translation>
    </message>
    <message>
      <source>Facility {facility_id} does not belong to case {code}.</source>
      <translation>{facility_id} հաստատությունը չի պատկանում {code} գործին։</translation>
    </message>
    <message>
      <source>The vault header is far too large; it was tampered with.</source>
      <translation>Պահոցի վերնագիրը չափազանց մեծ է. այն կեղծվել է։</translation>
    </message>
    <message>
      <source>{vault_dir} is not an Evidence Vault.</source>
      <translation>{vault_dir}-ը Evidence Vault պահոց չէ։</translation>
    </message>
    <message>
      <source>{path} is of a format this program does not understand; update Evidence Vault.</source>
      <translation>{path}-ի ձևաչափը այս ծրագրին հասկանալի չէ. թարմացրեք Evidence Vault-ը։</translation>
    </message>
    <message>
      <source>The vault header's key slots were changed outside the vault.</source>
      <translation>Պահոցի վերնագրի բանալիների սլոթերը փոխվել են պահոցից դուրս։</translation>
    </message>
    <message>
      <source>This vault has no {slot_type} slot (it was erased); open it with the escrow identity if one was kept.</source>
      <translation>Այս պահոցը չունի {slot_type} սլոթ (այն ջնջվել է). բացեք այն պահատվական նույնականացմամբ, եթե այն պահվել է։</translation>
    </message>
    <message>
      <source>The vault header failed its integrity check: it was changed outside the vault.</source>
      <translation>Պահոցի վերնագիրը չանցավ ամբողջականության ստուգումը. այն փոխվել է պահոցից դուրս։</translation>
    </message>
    <message>
      <source>{path} is not a readable vault header.</source>
      <translation>{path}-ը ընթեռնելի պահոցի վերնագիր չէ։</translation>
    </message>
    <message>
      <source>The vault header is malformed; it was changed outside the vault.</source>
      <translation>Պահոցի վերնագիրը աղավաղված է. այն փոխվել է պահոցից դուրս։</translation>
    </message>
    <message>
      <source>The vault header has a malformed key slot.</source>
      <translation>Պահոցի վերնագրում բանալու սլոթը աղավաղված է։</translation>
    </message>
    <message>
      <source>This vault has no escrow slot.</source>
      <translation>Այս պահոցը պահատվական սլոթ չունի։</translation>
    </message>
    <message>
      <source>The escrow slot belongs to a different vault.</source>
      <translation>Պահատվական սլոթը պատկանում է այլ պահոցի։</translation>
    </message>
    <message>
      <source>That age identity does not open this vault's escrow slot.</source>
      <translation>Այդ age նույնականացումը չի բացում այս պահոցի պահատվական սլոթը։</translation>
    </message>
    <message>
      <source>The vault header is older than its database (header at event {header_counter}, database at {db_head}): an old copy of the header was put back. Nothing was changed.</source>
      <translation>Պահոցի վերնագիրն ավելի հին է, քան տվյալների բազան (վերնագիրը՝ {header_counter} իրադարձության վրա, բազան՝ {db_head}). վերնագրի հին պատճեն է վերադարձվել։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>The vault database is older than its header (database at event {db_head}, header at {header_counter}): an old copy of the database was put back. Nothing was changed.</source>
      <translation>Պահոցի տվյալների բազան ավելի հին է, քան վերնագիրը (բազան՝ {db_head} իրադարձության վրա, վերնագիրը՝ {header_counter}). բազայի հին պատճեն է վերադարձվել։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>The vault database is busy; the format upgrade did not start.</source>
      <translation>Պահոցի տվյալների բազան զբաղված է. ձևաչափի թարմացումը չսկսվեց։</translation>
    </message>
    <message>
      <source>The backup copy of {source_name} does not match the original; the format upgrade did not start.</source>
      <translation>{source_name}-ի պահուստային պատճենը չի համընկնում բնօրինակի հետ. ձևաչափի թարմացումը չսկսվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({os_strerror_exc_errno_or_0}): {what} was not saved.</source>
      <translation type="vanished">Սկավառակը մերժեց գրումը ({os_strerror_exc_errno_or_0})՝ {what}-ը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk is full: {what} was not saved; the vault is unchanged.</source>
      <translation type="vanished">Սկավառակը լցված է՝ {what}-ը չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: {what} was not saved.</source>
      <translation type="vanished">Սկավառակը միայն ընթերցման համար է՝ {what}-ը չպահպանվեց։</translation>
    </message>
    <message>
      <source>{path} already exists; choose a new file name.</source>
      <translation>{path}-ը արդեն գոյություն ունի. ընտրեք ֆայլի նոր անուն։</translation>
    </message>
    <message>
      <source>Cannot create {path}: {os_strerror_exc_errno_or_0}.</source>
      <translation>Հնարավոր չէ ստեղծել {path}-ը՝ {os_strerror_exc_errno_or_0}։</translation>
    </message>
    <message>
      <source>{vault_dir} is not a folder (nothing is there).</source>
      <translation>{vault_dir}-ը թղթապանակ չէ (այնտեղ ոչինչ չկա)։</translation>
    </message>
    <message>
      <source>{vault_dir} is not a folder.</source>
      <translation>{vault_dir}-ը թղթապանակ չէ։</translation>
    </message>
    <message>
      <source>This vault uses a key-file format this program does not understand ({magic_6_hex}); update Evidence Vault to open it.</source>
      <translation>Այս պահոցը օգտագործում է բանալիների ֆայլի ձևաչափ, որը այս ծրագրին հասկանալի չէ ({magic_6_hex}). թարմացրեք Evidence Vault-ը՝ այն բացելու համար։</translation>
    </message>
    <message>
      <source>The vault's key file {path} has the wrong size; it was changed outside the vault.</source>
      <translation>Պահոցի բանալիների ֆայլը՝ {path}, սխալ չափ ունի. այն փոխվել է պահոցից դուրս։</translation>
    </message>
    <message>
      <source>The vault's key file holds no key slots.</source>
      <translation>Պահոցի բանալիների ֆայլում բանալիների սլոթեր չկան։</translation>
    </message>
    <message>
      <source>{vault_dir} is not an Evidence Vault (no {KEYS_NAME}).</source>
      <translation>{vault_dir}-ը Evidence Vault պահոց չէ ({KEYS_NAME} չկա)։</translation>
    </message>
    <message>
      <source>No incident with id {incident_id}.</source>
      <translation>{incident_id} id-ով միջադեպ չկա։</translation>
    </message>
    <message>
      <source>EVIDENCE_VAULT_KDF={mode} is not a known setting.</source>
      <translation>EVIDENCE_VAULT_KDF={mode}-ը հայտնի կարգավորում չէ։</translation>
    </message>
    <message>
      <source>EVIDENCE_VAULT_KDF=fast is for the test suite only (it needs EVIDENCE_VAULT_TESTING=1); unset it to create a real vault.</source>
      <translation>EVIDENCE_VAULT_KDF=fast-ը միայն թեստերի համար է (պետք է EVIDENCE_VAULT_TESTING=1). հանեք այն՝ իրական պահոց ստեղծելու համար։</translation>
    </message>
    <message>
      <source>The vault header asks for key-derivation costs above the allowed maximum (memory {self_memory_kib} KiB, {self_time_cost} passes); refusing to run it. The header was probably tampered with.</source>
      <translation>Պահոցի վերնագիրը պահանջում է բանալու ստացման ծախսեր թույլատրելի առավելագույնից բարձր (հիշողություն՝ {self_memory_kib} ԿիԲ, անցումներ՝ {self_time_cost}). գործարկումը մերժվում է։ Վերնագիրը հավանաբար կեղծվել է։</translation>
    </message>
    <message>
      <source>The key slot's key-derivation parameters are invalid.</source>
      <translation>Բանալու սլոթի բանալու ստացման պարամետրերն անվավեր են։</translation>
    </message>
    <message>
      <source>Unknown key-derivation function {data_alg}.</source>
      <translation>Բանալու ստացման անհայտ ֆունկցիա {data_alg}։</translation>
    </message>
    <message>
      <source>The key slot's key-derivation parameters are malformed.</source>
      <translation>Բանալու սլոթի բանալու ստացման պարամետրերն աղավաղված են։</translation>
    </message>
    <message>
      <source>That recipient makes an escrow slot too large for the key file.</source>
      <translation>Այդ ստացողի դեպքում պահատվական սլոթը չափազանց մեծ է բանալիների ֆայլի համար։</translation>
    </message>
    <message>
      <source>That is not a recovery code: it should be {RECOVERY_CODE_CHARS} letters and digits in groups of five.</source>
      <translation>Սա վերականգնման կոդ չէ. այն պետք է լինի {RECOVERY_CODE_CHARS} տառ և թվանշան՝ հինգական խմբերով։</translation>
    </message>
    <message>
      <source>The identity file {path} holds no age X25519 identity.</source>
      <translation>Նույնականացման ֆայլը՝ {path}, age X25519 նույնականացում չի պարունակում։</translation>
    </message>
    <message>
      <source>The format 1 key slot is malformed.</source>
      <translation>1-ին ձևաչափի բանալու սլոթն աղավաղված է։</translation>
    </message>
    <message>
      <source>The vault's key file is cut short.</source>
      <translation>Պահոցի բանալիների ֆայլը կտրված է։</translation>
    </message>
    <message>
      <source>The escrow slot is malformed.</source>
      <translation>Պահատվական սլոթն աղավաղված է։</translation>
    </message>
    <message>
      <source>That is not an age X25519 recipient (it should start with 'age1').</source>
      <translation>Սա age X25519 ստացող չէ (այն պետք է սկսվի 'age1'-ով)։</translation>
    </message>
    <message>
      <source>Cannot read the identity file {path}.</source>
      <translation>Հնարավոր չէ կարդալ նույնականացման ֆայլը՝ {path}։</translation>
    </message>
    <message>
      <source>The identity file {path} holds a malformed age key.</source>
      <translation>Նույնականացման ֆայլը՝ {path}, պարունակում է աղավաղված age բանալի։</translation>
    </message>
    <message>
      <source>Records of type {record_type} cannot be linked.</source>
      <translation>{record_type} տեսակի գրառումները չեն կարող կապվել։</translation>
    </message>
    <message>
      <source>Cannot read the record {text}: write TYPE:ID with TYPE one of {join_LINKABLE}.</source>
      <translation>Հնարավոր չէ կարդալ {text} գրառումը. գրեք TYPE:ID, որտեղ TYPE-ը {join_LINKABLE}-ից մեկն է։</translation>
    </message>
    <message>
      <source>A {src_0} cannot be linked to a {dst_0}.</source>
      <translation>{src_0}-ը չի կարող կապվել {dst_0}-ի հետ։</translation>
    </message>
    <message>
      <source>A {src_0} -&gt; {dst_0} link cannot be {role}: use {join_allowed}.</source>
      <translation>{src_0} -&gt; {dst_0} կապը չի կարող լինել {role}. օգտագործեք {join_allowed}։</translation>
    </message>
    <message>
      <source>The {src_0} and the {dst_0} belong to different cases.</source>
      <translation>{src_0}-ը և {dst_0}-ը պատկանում են տարբեր գործերի։</translation>
    </message>
    <message>
      <source>These records are already linked ({exists_0}).</source>
      <translation>Այս գրառումներն արդեն կապված են ({exists_0})։</translation>
    </message>
    <message>
      <source>No link with id {link_id}.</source>
      <translation>{link_id} id-ով կապ չկա։</translation>
    </message>
    <message>
      <source>Say how the {dst_0} takes part: one of {join_allowed}.</source>
      <translation>Նշեք, թե ինչպես է մասնակցում {dst_0}-ը՝ {join_allowed}-ից մեկը։</translation>
    </message>
    <message>
      <source>A {self_kind} list has no column {key}.</source>
      <translation>{self_kind} ցանկը {key} սյունակ չունի։</translation>
    </message>
    <message>
      <source>A page holds 1 to {MAX_PAGE} rows from row 0 on.</source>
      <translation>Էջը պարունակում է 1-ից {MAX_PAGE} տող՝ սկսած 0 տողից։</translation>
    </message>
    <message>
      <source>No list of {kind}; lists: {known}.</source>
      <translation>{kind} ցանկ չկա. ցանկեր՝ {known}։</translation>
    </message>
    <message>
      <source>Unknown role {role}: use one of {join_ROLES}.</source>
      <translation>Անհայտ դեր {role}. օգտագործեք {join_ROLES}-ից մեկը։</translation>
    </message>
    <message>
      <source>A person can have at most {MAX_ALIASES} aliases.</source>
      <translation>Անձը կարող է ունենալ առավելագույնը {MAX_ALIASES} այլ անուն։</translation>
    </message>
    <message>
      <source>The code {code_40} does not fit a {role}: it must be {CODE_PREFIX_role}- followed by letters or digits.</source>
      <translation>{code_40} կոդը չի համապատասխանում {role} դերին. այն պետք է լինի {CODE_PREFIX_role}-, որին հաջորդում են տառեր կամ թվանշաններ։</translation>
    </message>
    <message>
      <source>The code {code} is already used in this case.</source>
      <translation>{code} կոդն արդեն օգտագործվում է այս գործում։</translation>
    </message>
    <message>
      <source>No person with id {person_id}.</source>
      <translation>{person_id} id-ով անձ չկա։</translation>
    </message>
    <message>
      <source>The {what} {person_id} is not a person of case {code}.</source>
      <translation>{what} {person_id}-ը {code} գործի անձ չէ։</translation>
    </message>
    <message>
      <source>Person {person_code} ({person_id}) takes part in statement {used_0}; a person who gave or took a statement cannot be deleted.</source>
      <translation>{person_code} ({person_id}) անձը մասնակցում է {used_0} ցուցմունքին. ցուցմունք տված կամ վերցրած անձին հնարավոր չէ ջնջել։</translation>
    </message>
    <message>
      <source>The {what} {person_id} is not a known person.</source>
      <translation>{what} {person_id}-ը հայտնի անձ չէ։</translation>
    </message>
    <message>
      <source>Unknown anonymity {anonymity}: use required or waived.</source>
      <translation>Անանունության անհայտ արժեք {anonymity}. օգտագործեք required կամ waived։</translation>
    </message>
    <message>
      <source>Unknown record type {record_type}: use one of {join_RECORD_TYPES}.</source>
      <translation>Գրառման անհայտ տեսակ {record_type}. օգտագործեք {join_RECORD_TYPES}-ից մեկը։</translation>
    </message>
    <message>
      <source>Unknown record type {kind}: use one of {join_KINDS}.</source>
      <translation>Գրառման անհայտ տեսակ {kind}. օգտագործեք {join_KINDS}-ից մեկը։</translation>
    </message>
    <message>
      <source>Name the {what}: an id, its first {MIN_PREFIX}+ characters, or a code.</source>
      <translation>Նշեք {what}-ը՝ id, դրա առաջին {MIN_PREFIX}+ նիշերը կամ կոդ։</translation>
    </message>
    <message>
      <source>No {what} with {how} {text}{where}.</source>
      <translation>{what} չկա {how} {text}{where}-ով։</translation>
    </message>
    <message>
      <source>{text} fits {len_found} records ({listed}{more}): {advice}.</source>
      <translation>{text}-ը համապատասխանում է {len_found} գրառման ({listed}{more})՝ {advice}։</translation>
    </message>
    <message>
      <source>{words_0} and {words_1} name different records.</source>
      <translation>{words_0}-ը և {words_1}-ը նշում են տարբեր գրառումներ։</translation>
    </message>
    <message>
      <source>Cannot read {text_80}: write CASE/CODE, e.g. C-002/W-001.</source>
      <translation>Հնարավոր չէ կարդալ {text_80}-ը. գրեք ԳՈՐԾ/ԿՈԴ, օր.՝ C-002/W-001։</translation>
    </message>
    <message>
      <source>{text} names another case than the one given.</source>
      <translation>{text}-ը նշում է ոչ թե տրված, այլ մեկ այլ գործ։</translation>
    </message>
    <message>
      <source>{text} is a {named} code, not the code of a {kind}.</source>
      <translation>{text}-ը {named} կոդ է, ոչ թե {kind}-ի կոդ։</translation>
    </message>
    <message>
      <source>No {what} with id {text_80}: give an id, its first {MIN_PREFIX}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text_80} id-ով {what} չկա. տվեք id, դրա առաջին {MIN_PREFIX}+ նիշերը կամ կոդ, օրինակ՝ C-001, W-001, S-001, A-001։</translation>
    </message>
    <message>
      <source>No {kind} with id {text}: it is {other_0_describe}.</source>
      <translation>{text} id-ով {kind} չկա. այն {other_0_describe} է։</translation>
    </message>
    <message>
      <source>{text} is not a {kind_or_elsewhere_0} of case {case_code_vault_case_id}: it belongs to another case.</source>
      <translation>{text}-ը {case_code_vault_case_id} գործի {kind_or_elsewhere_0} չէ. այն պատկանում է այլ գործի։</translation>
    </message>
    <message>
      <source>{text} is too short to name a {what}: give at least {MIN_PREFIX} characters of its id, or its code.</source>
      <translation>{text}-ը չափազանց կարճ է {what} նշելու համար. տվեք id-ի առնվազն {MIN_PREFIX} նիշ կամ կոդը։</translation>
    </message>
    <message>
      <source>The vault database is being read by another part of the program; close other windows and try the rekey again. Nothing was changed.</source>
      <translation>Պահոցի տվյալների բազան կարդում է ծրագրի մեկ այլ մաս. փակեք մյուս պատուհանները և կրկին փորձեք բանալու փոփոխությունը։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>The vault database still has unsaved pages; the rekey stopped.</source>
      <translation>Պահոցի տվյալների բազան դեռ ունի չպահպանված էջեր. բանալու փոփոխությունը կանգնեցվեց։</translation>
    </message>
    <message>
      <source>The rekey failed in the database ({exc}).</source>
      <translation>Բանալու փոփոխությունը ձախողվեց տվյալների բազայում ({exc})։</translation>
    </message>
    <message>
      <source>No {kind} with id {record_id}.</source>
      <translation>{record_id} id-ով {kind} չկա։</translation>
    </message>
    <message>
      <source>{label} is already retracted (or its case is).</source>
      <translation>{label}-ն արդեն հետ է կանչված (կամ դրա գործը)։</translation>
    </message>
    <message>
      <source>{label} is still used by {len_using} {what} ({join_using_10}): {advice}; nothing was retracted.</source>
      <translation>{label}-ը դեռ օգտագործվում է {len_using} {what}-ի կողմից ({join_using_10})՝ {advice}. ոչինչ հետ չի կանչվել։</translation>
    </message>
    <message>
      <source>{label} is retracted: it is kept as it was and cannot be used.</source>
      <translation>{label}-ը հետ է կանչված. այն պահվում է այնպես, ինչպես կար, և չի կարող օգտագործվել։</translation>
    </message>
    <message>
      <source>{folder} has no case.json: it is not a sample case folder.</source>
      <translation>{folder}-ում case.json չկա. այն գործի նմուշի թղթապանակ չէ։</translation>
    </message>
    <message>
      <source>{path} is larger than 1 MiB.</source>
      <translation>{path}-ը 1 ՄիԲ-ից մեծ է։</translation>
    </message>
    <message>
      <source>{path} needs an object with a case_title.</source>
      <translation>{path}-ը պետք է պարունակի case_title-ով օբյեկտ։</translation>
    </message>
    <message>
      <source>{path} is not valid JSON (line {exc_lineno}).</source>
      <translation>{path}-ը վավեր JSON չէ (տող {exc_lineno})։</translation>
    </message>
    <message>
      <source>Cannot search for this text: {exc}.</source>
      <translation>Հնարավոր չէ որոնել այս տեքստը՝ {exc}։</translation>
    </message>
    <message>
      <source>The search is longer than {MAX_QUERY_CHARS} characters.</source>
      <translation>Որոնումը {MAX_QUERY_CHARS} նիշից երկար է։</translation>
    </message>
    <message>
      <source>Nothing to search for in {text}: type at least one word (letters or digits).</source>
      <translation>{text}-ում որոնելու բան չկա. մուտքագրեք առնվազն մեկ բառ (տառեր կամ թվանշաններ)։</translation>
    </message>
    <message>
      <source>The vault's state file is malformed.</source>
      <translation>Պահոցի վիճակի ֆայլն աղավաղված է։</translation>
    </message>
    <message>
      <source>The vault state belongs to another vault.</source>
      <translation>Պահոցի վիճակը պատկանում է այլ պահոցի։</translation>
    </message>
    <message>
      <source>The vault state is malformed.</source>
      <translation>Պահոցի վիճակն աղավաղված է։</translation>
    </message>
    <message>
      <source>The vault's state file {STATE_NAME} is missing or unreadable; it was removed or changed outside the vault.</source>
      <translation>Պահոցի վիճակի ֆայլը՝ {STATE_NAME}, բացակայում է կամ անընթեռնելի է. այն հեռացվել կամ փոխվել է պահոցից դուրս։</translation>
    </message>
    <message>
      <source>Unknown {what} {tag}: use an IETF language tag such as hy, ru, en or az-Latn.</source>
      <translation>Անհայտ {what} {tag}. օգտագործեք IETF լեզվի պիտակ, օրինակ՝ hy, ru, en կամ az-Latn։</translation>
    </message>
    <message>
      <source>Unknown statement kind {kind}: use {join_KINDS}.</source>
      <translation>Ցուցմունքի անհայտ տեսակ {kind}. օգտագործեք {join_KINDS}։</translation>
    </message>
    <message>
      <source>The {what} is empty.</source>
      <translation>Դատարկ է՝ {what}։</translation>
    </message>
    <message>
      <source>The {what} contains NUL characters.</source>
      <translation>{what}՝ պարունակում է NUL նիշեր։</translation>
    </message>
    <message>
      <source>The witness cannot also be the interviewer or interpreter.</source>
      <translation>Վկան չի կարող միաժամանակ լինել հարցազրուցավար կամ թարգմանիչ։</translation>
    </message>
    <message>
      <source>Name what to change (language, interview date, place, ...).</source>
      <translation>Նշեք, թե ինչ փոխել (լեզու, հարցազրույցի ամսաթիվ, վայր, …)։</translation>
    </message>
    <message>
      <source>Unknown order {order}: use {join_ORDERS}.</source>
      <translation>Անհայտ կարգ {order}. օգտագործեք {join_ORDERS}։</translation>
    </message>
    <message>
      <source>Give a new text or a new translation for the statement.</source>
      <translation>Տվեք ցուցմունքի նոր տեքստ կամ նոր թարգմանություն։</translation>
    </message>
    <message>
      <source>The new text is identical to version {statement_current_number}; nothing was changed.</source>
      <translation>Նոր տեքստը նույնն է, ինչ {statement_current_number} տարբերակը. ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>No statement with id {statement_id}.</source>
      <translation>{statement_id} id-ով ցուցմունք չկա։</translation>
    </message>
    <message>
      <source>No statement version with id {version_id}.</source>
      <translation>{version_id} id-ով ցուցմունքի տարբերակ չկա։</translation>
    </message>
    <message>
      <source>Statement {statement_id} does not belong to case {code}.</source>
      <translation>{statement_id} ցուցմունքը չի պատկանում {code} գործին։</translation>
    </message>
    <message>
      <source>The vault database is damaged ({exc}); nothing was changed. Restore the vault from a backup.</source>
      <translation>Պահոցի տվյալների բազան վնասված է ({exc}). ոչինչ չի փոխվել։ Վերականգնեք պահոցը պահուստային պատճենից։</translation>
    </message>
    <message>
      <source>The database refused the write: nothing was saved.</source>
      <translation>Տվյալների բազան մերժեց գրումը. ոչինչ չի պահպանվել։</translation>
    </message>
    <message>
      <source>The database refused required settings: {sorted_wrong}.</source>
      <translation>Տվյալների բազան մերժեց պարտադիր կարգավորումները՝ {sorted_wrong}։</translation>
    </message>
    <message>
      <source>The disk refused the database write (is it full?): nothing was saved; the vault is unchanged.</source>
      <translation>Սկավառակը մերժեց տվյալների բազայի գրումը (այն լցվա՞ծ է). ոչինչ չի պահպանվել, պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is full: nothing was saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է. ոչինչ չի պահպանվել, պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The vault is on a read-only disk: nothing was saved.</source>
      <translation>Պահոցը միայն ընթերցման սկավառակի վրա է. ոչինչ չի պահպանվել։</translation>
    </message>
    <message>
      <source>The vault database is at schema {current}, newer than this program ({latest}).</source>
      <translation>Պահոցի տվյալների բազան {current} սխեմայի է, որն ավելի նոր է, քան այս ծրագիրը ({latest})։</translation>
    </message>
    <message>
      <source>The vault database cannot be decrypted: it is damaged or belongs to another vault.</source>
      <translation>Պահոցի տվյալների բազան հնարավոր չէ վերծանել. այն վնասված է կամ պատկանում է այլ պահոցի։</translation>
    </message>
    <message>
      <source>The disk refused to open the vault database ({exc}; is it full?); nothing was changed.</source>
      <translation>Սկավառակը մերժեց պահոցի տվյալների բազայի բացումը ({exc}. այն լցվա՞ծ է). ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>Cannot read {path}: it is not a regular file.</source>
      <translation>Հնարավոր չէ կարդալ {path}-ը. այն սովորական ֆայլ չէ։</translation>
    </message>
    <message>
      <source>{label} is UTF-16, not UTF-8: save it as UTF-8 and try again.</source>
      <translation>{label}-ը UTF-16 է, ոչ թե UTF-8. պահպանեք այն UTF-8-ով և կրկին փորձեք։</translation>
    </message>
    <message>
      <source>{label} contains NUL characters: it is not a text file.</source>
      <translation>{label}-ը պարունակում է NUL նիշեր. այն տեքստային ֆայլ չէ։</translation>
    </message>
    <message>
      <source>{label} is empty.</source>
      <translation>{label}-ը դատարկ է։</translation>
    </message>
    <message>
      <source>The {what} is not valid UTF-8 text.</source>
      <translation>{what}՝ վավեր UTF-8 տեքստ չէ։</translation>
    </message>
    <message>
      <source>The {what} contains control characters.</source>
      <translation>{what}՝ պարունակում է կառավարման նիշեր։</translation>
    </message>
    <message>
      <source>The {what} contains invisible text-direction override characters.</source>
      <translation>{what}՝ պարունակում է տեքստի ուղղությունը փոխող անտեսանելի նիշեր։</translation>
    </message>
    <message>
      <source>The {what} is longer than {max_chars} characters.</source>
      <translation>{what}՝ {max_chars} նիշից երկար է։</translation>
    </message>
    <message>
      <source>The {what} contains invisible formatting characters ({listed}), which can make it display as something else; type it without them.</source>
      <translation>{what}՝ պարունակում է ձևաչափման անտեսանելի նիշեր ({listed}), որոնց պատճառով այն կարող է այլ կերպ ցուցադրվել. մուտքագրեք առանց դրանց։</translation>
    </message>
    <message>
      <source>The {what} are not valid UTF-8 text.</source>
      <translation>{what}՝ վավեր UTF-8 տեքստ չեն։</translation>
    </message>
    <message>
      <source>The {what} contain control characters.</source>
      <translation>{what}՝ պարունակում են կառավարման նիշեր։</translation>
    </message>
    <message>
      <source>The {what} are longer than {max_chars} characters.</source>
      <translation>{what}՝ {max_chars} նիշից երկար են։</translation>
    </message>
    <message>
      <source>The {what} file {path} is larger than {MAX_TEXT_FILE_BYTES_1024_1024} MiB; split it or attach it instead.</source>
      <translation>{what} ֆայլը՝ {path}, {MAX_TEXT_FILE_BYTES_1024_1024} ՄիԲ-ից մեծ է. բաժանեք այն կամ կցեք որպես կցորդ։</translation>
    </message>
    <message>
      <source>{label} is not UTF-8 text (invalid byte at offset {exc_start}): save it as UTF-8 and try again.</source>
      <translation>{label}-ը UTF-8 տեքստ չէ (անվավեր բայթ {exc_start} դիրքում). պահպանեք այն UTF-8-ով և կրկին փորձեք։</translation>
    </message>
    <message>
      <source>Unknown topic {join_map_repr_unknown}: use one of {join_TOPICS}.</source>
      <translation>Անհայտ թեմա {join_map_repr_unknown}. օգտագործեք {join_TOPICS}-ից մեկը։</translation>
    </message>
    <message>
      <source>Wrong passphrase.</source>
      <translation>Սխալ գաղտնաբառ։</translation>
    </message>
    <message>
      <source>The vault's state file was not sealed by this vault's key: it was replaced or changed outside the vault. Nothing was changed.</source>
      <translation>Պահոցի վիճակի ֆայլը կնքված չէ այս պահոցի բանալիով. այն փոխարինվել կամ փոխվել է պահոցից դուրս։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>The vault database cannot be decrypted with the key this secret opens: it is damaged, belongs to another vault, or was put back from before a rekey.</source>
      <translation>Պահոցի տվյալների բազան հնարավոր չէ վերծանել այս գաղտնիքով բացվող բանալիով. այն վնասված է, պատկանում է այլ պահոցի կամ վերադարձվել է բանալու փոփոխությունից առաջվա պատճենից։</translation>
    </message>
    <message>
      <source>Wrong recovery code.</source>
      <translation>Սխալ վերականգնման կոդ։</translation>
    </message>
    <message>
      <source>The operator name must be 1 to 200 printable characters.</source>
      <translation>Օպերատորի անունը պետք է լինի 1-ից 200 տպվող նիշ։</translation>
    </message>
    <message>
      <source>The vault state is older than its database (state at event {counter}, database at {db_seq}): an old copy of the state was put back. Nothing was changed.</source>
      <translation>Պահոցի վիճակն ավելի հին է, քան տվյալների բազան (վիճակը՝ {counter} իրադարձության վրա, բազան՝ {db_seq}). վիճակի հին պատճեն է վերադարձվել։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>Cannot open the vault at {path}: {exc_strerror}.</source>
      <translation>Հնարավոր չէ բացել պահոցը {path}-ում՝ {exc_strerror}։</translation>
    </message>
    <message>
      <source>This vault is open in another window or process; close it first.</source>
      <translation>Այս պահոցը բաց է մեկ այլ պատուհանում կամ գործընթացում. նախ փակեք այն։</translation>
    </message>
    <message>
      <source>{path} already exists and is not an empty folder.</source>
      <translation>{path}-ը արդեն գոյություն ունի և դատարկ թղթապանակ չէ։</translation>
    </message>
    <message>
      <source>The vault is locked; unlock it again to continue.</source>
      <translation>Պահոցը կողպված է. շարունակելու համար կրկին բացեք այն։</translation>
    </message>
    <message>
      <source>The vault database is older than its state (database at event {db_seq}, state at {counter}): an old copy of the database was put back. Nothing was changed.</source>
      <translation>Պահոցի տվյալների բազան ավելի հին է, քան վիճակը (բազան՝ {db_seq} իրադարձության վրա, վիճակը՝ {counter}). բազայի հին պատճեն է վերադարձվել։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>The vault state was changed by another program while the vault was open; it was not overwritten. Close the vault and open it again.</source>
      <translation>Պահոցի վիճակը փոխել է մեկ այլ ծրագիր, երբ պահոցը բաց էր. այն չի վերագրվել։ Փակեք պահոցը և կրկին բացեք։</translation>
    </message>
    <message>
      <source>The vault state does not describe the key slots in use; one of the two files was changed outside the vault. Nothing was changed.</source>
      <translation>Պահոցի վիճակը չի համապատասխանում օգտագործվող բանալիների սլոթերին. երկու ֆայլերից մեկը փոխվել է պահոցից դուրս։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>The vault at {path} is on a read-only disk; Evidence Vault writes to the vault folder even to read it. Copy the folder to a writable disk and open the copy.</source>
      <translation>{path}-ում գտնվող պահոցը միայն ընթերցման սկավառակի վրա է. Evidence Vault-ը գրում է պահոցի թղթապանակում նույնիսկ կարդալիս։ Պատճենեք թղթապանակը գրելի սկավառակի վրա և բացեք պատճենը։</translation>
    </message>
    <message>
      <source>The vault database {db_path} is missing.</source>
      <translation>Պահոցի տվյալների բազան՝ {db_path}, բացակայում է։</translation>
    </message>
    <message>
      <source>The vault is damaged or tampered: its custody log is not the one the vault state records (same length, other events). Nothing was changed.</source>
      <translation>Պահոցը վնասված է կամ կեղծված. դրա պահպանման շղթայի մատյանը այն չէ, որը գրանցված է պահոցի վիճակում (նույն երկարությունը, այլ իրադարձություններ)։ Ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>The change was saved, but the disk refused to update the vault state (is it full?); the next open repairs it. Do not repeat the change.</source>
      <translation type="vanished">Փոփոխությունը պահպանվեց, բայց սկավառակը մերժեց պահոցի վիճակի թարմացումը (այն լցվա՞ծ է). հաջորդ բացումը կվերականգնի այն։ Մի կրկնեք փոփոխությունը։</translation>
    </message>
    <message>
      <source>The passphrase must have at least {MIN_PASSPHRASE_CHARS} characters.</source>
      <translation>Գաղտնաբառը պետք է ունենա առնվազն {MIN_PASSPHRASE_CHARS} նիշ։</translation>
    </message>
    <message>
      <source>The key slots of this vault were changed or erased while it was open; they were not rewritten. Close the vault now.</source>
      <translation>Այս պահոցի բանալիների սլոթերը փոխվել կամ ջնջվել են, երբ այն բաց էր. դրանք չեն վերագրվել։ Փակեք պահոցը հիմա։</translation>
    </message>
    <message>
      <source>This vault has no escrow slot to remove.</source>
      <translation>Այս պահոցը հեռացնելու պահատվական սլոթ չունի։</translation>
    </message>
    <message>
      <source>The disk refused to write the key slots (is it full?): they were not changed; the vault still opens as before.</source>
      <translation>Սկավառակը մերժեց բանալիների սլոթերի գրումը (այն լցվա՞ծ է). դրանք չեն փոխվել, պահոցը բացվում է ինչպես առաջ։</translation>
    </message>
    <message>
      <source>An encrypted bundle needs at least one age recipient.</source>
      <translation>Գաղտնագրված փաթեթին պետք է առնվազն մեկ age ստացող։</translation>
    </message>
    <message>
      <source>{show_name_name} changed size while it was being exported; nothing was written.</source>
      <translation>{show_name_name}-ի չափը փոխվեց արտահանման ընթացքում. ոչինչ չի գրվել։</translation>
    </message>
    <message>
      <source>{show_name_self__name} changed size while it was being exported; nothing was written.</source>
      <translation>{show_name_self__name}-ի չափը փոխվեց արտահանման ընթացքում. ոչինչ չի գրվել։</translation>
    </message>
    <message>
      <source>{out} already exists; choose another name or remove it first.</source>
      <translation>{out}-ը արդեն գոյություն ունի. ընտրեք այլ անուն կամ նախ հեռացրեք այն։</translation>
    </message>
    <message>
      <source>The folder {out_parent} does not exist; create it first.</source>
      <translation>{out_parent} թղթապանակը գոյություն չունի. նախ ստեղծեք այն։</translation>
    </message>
    <message>
      <source>Cannot export a file named {show_name_name}: it {problem}.</source>
      <translation>Հնարավոր չէ արտահանել {show_name_name} անունով ֆայլը. այն {problem}։</translation>
    </message>
    <message>
      <source>Cannot export {show_name_name} twice in one bundle.</source>
      <translation>Հնարավոր չէ {show_name_name}-ը երկու անգամ արտահանել մեկ փաթեթում։</translation>
    </message>
    <message>
      <source>Cannot read {show_name_name} to export it: {exc_strerror}.</source>
      <translation>Հնարավոր չէ կարդալ {show_name_name}-ը՝ արտահանելու համար՝ {exc_strerror}։</translation>
    </message>
    <message>
      <source>{show_name_str_path_relative_to_folder} in the bundle folder is a link or special file; only plain files can be exported.</source>
      <translation>Փաթեթի թղթապանակում {show_name_str_path_relative_to_folder}-ը հղում կամ հատուկ ֆայլ է. արտահանել կարելի է միայն սովորական ֆայլեր։</translation>
    </message>
    <message>
      <source>Encrypting the bundle {out_name} failed: {exc}.</source>
      <translation>{out_name} փաթեթի գաղտնագրումը ձախողվեց՝ {exc}։</translation>
    </message>
    <message>
      <source>{name} changed between the two passes of the export (or no longer matches its intake hash); nothing was exported.</source>
      <translation>{name}-ը փոխվեց արտահանման երկու անցումների միջև (կամ այլևս չի համընկնում ընդունման հեշի հետ). ոչինչ չի արտահանվել։</translation>
    </message>
    <message>
      <source>The evidence profile exports unredacted originals with their names: it needs at least one recipient so the bundle is encrypted.</source>
      <translation>«Ապացույցներ» պրոֆիլը արտահանում է չքողարկված բնօրինակներ՝ անուններով. պետք է առնվազն մեկ ստացող, որպեսզի փաթեթը գաղտնագրվի։</translation>
    </message>
    <message>
      <source>A bundle is either a zip or encrypted for recipients (an encrypted bundle is one file), not both.</source>
      <translation>Փաթեթը կամ zip է, կամ գաղտնագրված ստացողների համար (գաղտնագրված փաթեթը մեկ ֆայլ է), ոչ երկուսը միասին։</translation>
    </message>
    <message>
      <source>{out} already exists; choose a new name.</source>
      <translation>{out}-ը արդեն գոյություն ունի. ընտրեք նոր անուն։</translation>
    </message>
    <message>
      <source>The folder {out_parent} does not exist.</source>
      <translation>{out_parent} թղթապանակը գոյություն չունի։</translation>
    </message>
    <message>
      <source>This vault has no record of a commitment for bundle {bundle_id}.</source>
      <translation>Այս պահոցը {bundle_id} փաթեթի պարտավորության գրառում չունի։</translation>
    </message>
    <message>
      <source>{name} could not be read back before writing; nothing was exported.</source>
      <translation>{name}-ը հնարավոր չեղավ հետ կարդալ գրելուց առաջ. ոչինչ չի արտահանվել։</translation>
    </message>
    <message>
      <source>Case {case_code} is retracted; nothing of it is exported.</source>
      <translation>{case_code} գործը հետ է կանչված. դրանից ոչինչ չի արտահանվում։</translation>
    </message>
    <message>
      <source>Statement {statement_id} is not part of case {case_id}.</source>
      <translation>{statement_id} ցուցմունքը {case_id} գործի մաս չէ։</translation>
    </message>
    <message>
      <source>Statement {statement_code} ({statement_id}) is retracted; it is never exported.</source>
      <translation>{statement_code} ({statement_id}) ցուցմունքը հետ է կանչված. այն երբեք չի արտահանվում։</translation>
    </message>
    <message>
      <source>A signer fingerprint is 64 hexadecimal digits (SHA-256 of the public key), as verify and `signer list` print it.</source>
      <translation>Ստորագրողի մատնահետքը 64 տասնվեցական թվանշան է (բաց բանալու SHA-256), ինչպես տպում են verify-ը և `signer list`-ը։</translation>
    </message>
    <message>
      <source>The key's fingerprint {grouped_fingerprint_key_fingerprint} is not the one given; nothing was trusted. Ask the sender to read theirs out again.</source>
      <translation>Բանալու մատնահետքը՝ {grouped_fingerprint_key_fingerprint}, տրվածը չէ. ոչ մեկին վստահություն չի տրվել։ Խնդրեք ուղարկողին կրկին կարդալ իր մատնահետքը։</translation>
    </message>
    <message>
      <source>A signer name must be 1 to {MAX_NAME_CHARS} printable characters.</source>
      <translation>Ստորագրողի անունը պետք է լինի 1-ից {MAX_NAME_CHARS} տպվող նիշ։</translation>
    </message>
    <message>
      <source>There is no key file at {path}.</source>
      <translation>{path}-ում բանալու ֆայլ չկա։</translation>
    </message>
    <message>
      <source>{path} is a folder; give the signer.pub file inside its signature folder.</source>
      <translation>{path}-ը թղթապանակ է. տվեք signer.pub ֆայլը դրա ստորագրության թղթապանակի ներսում։</translation>
    </message>
    <message>
      <source>{path_name} is not a minisign public key file: {exc}</source>
      <translation>{path_name}-ը minisign բաց բանալու ֆայլ չէ՝ {exc}</translation>
    </message>
    <message>
      <source>The bundle {path_name} has no {SIGNER_PUB}; it is not signed.</source>
      <translation>{path_name} փաթեթում {SIGNER_PUB} չկա. այն ստորագրված չէ։</translation>
    </message>
    <message>
      <source>The bundle's {SIGNER_PUB} is not a minisign public key: {exc}</source>
      <translation>Փաթեթի {SIGNER_PUB}-ը minisign բաց բանալի չէ՝ {exc}</translation>
    </message>
    <message>
      <source>The key {grouped_fingerprint_signer_fingerprint} ({existing_name}) was revoked on {human_time_existing_revoked_utc}; a revoked key cannot be trusted again.</source>
      <translation>{grouped_fingerprint_signer_fingerprint} ({existing_name}) բանալին չեղարկվել է {human_time_existing_revoked_utc}-ին. չեղարկված բանալուն կրկին վստահել հնարավոր չէ։</translation>
    </message>
    <message>
      <source>That key is already trusted, as {existing_name}.</source>
      <translation>Այդ բանալուն արդեն վստահում են՝ որպես {existing_name}։</translation>
    </message>
    <message>
      <source>No trusted signer has the fingerprint {grouped_fingerprint_fingerprint}.</source>
      <translation>{grouped_fingerprint_fingerprint} մատնահետքով վստահելի ստորագրող չկա։</translation>
    </message>
    <message>
      <source>{existing_name} was already revoked on {human_time_existing_revoked_utc}.</source>
      <translation>{existing_name}-ն արդեն չեղարկվել է {human_time_existing_revoked_utc}-ին։</translation>
    </message>
    <message>
      <source>There is no key file or bundle at {path}.</source>
      <translation>{path}-ում ոչ բանալու ֆայլ կա, ոչ փաթեթ։</translation>
    </message>
    <message>
      <source>The export's temporary file was changed on disk while the bundle was being written; nothing was exported.</source>
      <translation>Արտահանման ժամանակավոր ֆայլը փոխվեց սկավառակի վրա փաթեթի գրման ընթացքում. ոչինչ չի արտահանվել։</translation>
    </message>
    <message>
      <source>A statement longer than {MAX_TEXT_CHARS} characters cannot be typeset.</source>
      <translation>{MAX_TEXT_CHARS} նիշից երկար ցուցմունքը հնարավոր չէ շարվածքի ենթարկել։</translation>
    </message>
    <message>
      <source>No person with id or code {ref}.</source>
      <translation>{ref} id-ով կամ կոդով անձ չկա։</translation>
    </message>
    <message>
      <source>Code {ref} is used in {len_ids} cases: say which case.</source>
      <translation>{ref} կոդն օգտագործվում է {len_ids} գործում. նշեք, թե որ գործը։</translation>
    </message>
    <message>
      <source>No person {ref} in case {case_id}.</source>
      <translation>{case_id} գործում {ref} անձ չկա։</translation>
    </message>
    <message>
      <source>The evidence profile carries originals: there is no derivative.</source>
      <translation>«Ապացույցներ» պրոֆիլը փոխանցում է բնօրինակներ. ածանցյալ ֆայլ չկա։</translation>
    </message>
    <message>
      <source>Unknown export profile {profile}; use one of {join_PROFILES}.</source>
      <translation>Արտահանման անհայտ պրոֆիլ {profile}. օգտագործեք {join_PROFILES}-ից մեկը։</translation>
    </message>
    <message>
      <source>No redaction proposal with id {redaction_id}.</source>
      <translation>{redaction_id} id-ով քողարկման առաջարկ չկա։</translation>
    </message>
    <message>
      <source>Name at least one proposal id.</source>
      <translation>Նշեք առաջարկի առնվազն մեկ id։</translation>
    </message>
    <message>
      <source>Unknown reason {reason}; use one of {join_REASONS}.</source>
      <translation>Անհայտ պատճառ {reason}. օգտագործեք {join_REASONS}-ից մեկը։</translation>
    </message>
    <message>
      <source>Unknown field {field}; use body or translation.</source>
      <translation>Անհայտ դաշտ {field}. օգտագործեք body կամ translation։</translation>
    </message>
    <message>
      <source>Statement {statement_id} has no {field}.</source>
      <translation>{statement_id} ցուցմունքը {field} չունի։</translation>
    </message>
    <message>
      <source>The span {start}-{end} is outside the {field} (0-{len_text} characters).</source>
      <translation>{start}-{end} հատվածը {field}-ից դուրս է (0-{len_text} նիշ)։</translation>
    </message>
    <message>
      <source>Pages are numbered from 1.</source>
      <translation>Էջերը համարակալվում են 1-ից։</translation>
    </message>
    <message>
      <source>A box needs x, y &gt;= 0 and a width and height above 0.</source>
      <translation>Շրջանակի համար պետք է x, y &gt;= 0 և 0-ից մեծ լայնություն ու բարձրություն։</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} is {media_format_or_of_an_unknown_format}: boxes apply to pictures and PDFs only.</source>
      <translation>{attachment_id} կցորդը {media_format_or_of_an_unknown_format} է. շրջանակները կիրառվում են միայն պատկերների և PDF-ների համար։</translation>
    </message>
    <message>
      <source>{redaction_id} fits {len_found} redactions ({listed}): give more characters of the id.</source>
      <translation>{redaction_id}-ը համապատասխանում է {len_found} քողարկման ({listed}). տվեք id-ի ավելի շատ նիշեր։</translation>
    </message>
    <message>
      <source>The span {start}-{end} overlaps redaction {record_id} ({field}[{record_start}:{record_end}], already accepted); reject that one first to replace it.</source>
      <translation>{start}-{end} հատվածը համընկնում է {record_id} քողարկման հետ ({field}[{record_start}:{record_end}], արդեն ընդունված). այն փոխարինելու համար նախ մերժեք այն։</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} is not a PDF: it has only page 1.</source>
      <translation>{attachment_id} կցորդը PDF չէ. այն ունի միայն 1-ին էջը։</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} has {pages} page(s); there is no page {page}.</source>
      <translation>{attachment_id} կցորդն ունի {pages} էջ. {page} էջ չկա։</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} already has this box on page {page} (redaction {known_id}); it was not added again.</source>
      <translation>{attachment_id} կցորդն արդեն ունի այս շրջանակը {page} էջում ({known_id} քողարկում). այն կրկին չի ավելացվել։</translation>
    </message>
    <message>
      <source>The box starts at {x},{y}, outside the picture ({size_0}x{size_1} pixels as displayed): it would cover nothing.</source>
      <translation>Շրջանակը սկսվում է {x},{y} կետից՝ պատկերից դուրս ({size_0}x{size_1} պիքսել ցուցադրված տեսքով). այն ոչինչ չի ծածկի։</translation>
    </message>
    <message>
      <source>Nothing to undo.</source>
      <translation>Հետարկելու բան չկա։</translation>
    </message>
    <message>
      <source>Unknown redaction status {step_now} or {step_back_to}.</source>
      <translation>Քողարկման անհայտ վիճակ {step_now} կամ {step_back_to}։</translation>
    </message>
    <message>
      <source>Redaction {record_id_8} is {record_status} now, not {step_now}: it was decided again since, so this decision is no longer the last one to undo.</source>
      <translation>{record_id_8} քողարկումը հիմա {record_status} է, ոչ թե {step_now}. դրա վերաբերյալ նոր որոշում է կայացվել, ուստի այս որոշումն այլևս վերջինը չէ հետարկելու համար։</translation>
    </message>
    <message>
      <source>Redaction {record_id_8} was added by hand; it was never proposed.</source>
      <translation>{record_id_8} քողարկումն ավելացվել է ձեռքով. այն երբեք չի առաջարկվել։</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} leaves differently for different profiles (the names each protects differ on its pages): review it for one profile at a time.</source>
      <translation>{attachment_id} կցորդը տարբեր պրոֆիլների համար տարբեր կերպ է դուրս գալիս (դրա էջերում պաշտպանվող անունները տարբեր են). ստուգեք այն յուրաքանչյուր պրոֆիլի համար առանձին։</translation>
    </message>
    <message>
      <source>The evidence profile carries originals, which need no review.</source>
      <translation>«Ապացույցներ» պրոֆիլը փոխանցում է բնօրինակներ, որոնք ստուգման կարիք չունեն։</translation>
    </message>
    <message>
      <source>Give the words to redact, not an empty text.</source>
      <translation>Տվեք քողարկվող բառերը, ոչ թե դատարկ տեքստ։</translation>
    </message>
    <message>
      <source>Use either an occurrence number or all occurrences, not both.</source>
      <translation>Օգտագործեք կամ հանդիպման համարը, կամ բոլոր հանդիպումները, ոչ երկուսը միասին։</translation>
    </message>
    <message>
      <source>The {field} of statement {statement_id} does not contain that text (it must match exactly, capitals and spaces included).</source>
      <translation>{statement_id} ցուցմունքի {field}-ը այդ տեքստը չի պարունակում (այն պետք է ճշգրիտ համընկնի՝ ներառյալ մեծատառերն ու բացատները)։</translation>
    </message>
    <message>
      <source>The text appears {len_starts} time(s); there is no occurrence {occurrence}.</source>
      <translation>Տեքստը հանդիպում է {len_starts} անգամ. {occurrence} հանդիպում չկա։</translation>
    </message>
    <message>
      <source>The text appears {len_starts} times in the {field}; choose one occurrence or cover them all.</source>
      <translation>Տեքստը {field}-ում հանդիպում է {len_starts} անգամ. ընտրեք մեկ հանդիպում կամ ծածկեք բոլորը։</translation>
    </message>
    <message>
      <source>The span {start}-{end} overlaps redaction {record_id} ({field}[{record_start}:{record_end}], already accepted); nothing was recorded. Reject that one first to replace it.</source>
      <translation>{start}-{end} հատվածը համընկնում է {record_id} քողարկման հետ ({field}[{record_start}:{record_end}], արդեն ընդունված). ոչինչ չի գրանցվել։ Այն փոխարինելու համար նախ մերժեք այն։</translation>
    </message>
    <message>
      <source>from EVIDENCE_VAULT_PASSPHRASE</source>
      <translation>EVIDENCE_VAULT_PASSPHRASE-ից</translation>
    </message>
    <message>
      <source>from a file</source>
      <translation>ֆայլից</translation>
    </message>
    <message>
      <source>from the file {file}</source>
      <translation>{file} ֆայլից</translation>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>զգուշացում՝ {text}</translation>
    </message>
    <message>
      <source>Run `redact suggest --statement {one} --profile {profile}`, then accept or reject them.</source>
      <translation>Գործարկեք `redact suggest --statement {one} --profile {profile}`, ապա ընդունեք կամ մերժեք առաջարկները։</translation>
    </message>
    <message>
      <source>Look at it with `redact preview --attachment {attachment} --profile P --out FILE` and review it with --profile P.</source>
      <translation>Դիտեք այն `redact preview --attachment {attachment} --profile P --out FILE` հրամանով և ստուգեք --profile P-ով։</translation>
    </message>
    <message>
      <source>Look at it with `redact preview --attachment {attachment} --profile {profile} --out FILE`, then run `redact review --attachment {attachment} --profile {profile}`.</source>
      <translation>Դիտեք այն `redact preview --attachment {attachment} --profile {profile} --out FILE` հրամանով, ապա գործարկեք `redact review --attachment {attachment} --profile {profile}`։</translation>
    </message>
    <message>
      <source>Look at each as it will be exported (`redact preview --attachment ID --profile {data_get_profile_P} --out FILE`) and run `redact review --attachment ID --profile {data_get_profile_P}`, or export with --skip-unreviewed to leave them out.</source>
      <translation>Դիտեք յուրաքանչյուրը արտահանվող տեսքով (`redact preview --attachment ID --profile {data_get_profile_P} --out FILE`) և գործարկեք `redact review --attachment ID --profile {data_get_profile_P}`, կամ արտահանեք --skip-unreviewed-ով՝ դրանք դուրս թողնելու համար։</translation>
    </message>
    <message>
      <source>Record a new consent of the witness here (`consent set --person ID --share ...`) or export the other statements with --statement ID; nothing was exported.</source>
      <translation>Գրանցեք վկայի նոր համաձայնությունն այստեղ (`consent set --person ID --share ...`) կամ արտահանեք մյուս ցուցմունքները --statement ID-ով. ոչինչ չի արտահանվել։</translation>
    </message>
    <message>
      <source>(use --include-media)</source>
      <translation>(օգտագործեք --include-media)</translation>
    </message>
    <message>
      <source>Give at least one of {options_data}.</source>
      <translation>Տվեք առնվազն մեկը՝ {options_data}։</translation>
    </message>
    <message>
      <source>Several are given as --region AM,RU.</source>
      <translation>Մի քանիսը տրվում են որպես --region AM,RU։</translation>
    </message>
    <message>
      <source>To move one: `attachment relink ID --statement ID|--none`.</source>
      <translation>Մեկը տեղափոխելու համար՝ `attachment relink ID --statement ID|--none`։</translation>
    </message>
    <message>
      <source>To redact it: `redact span --statement ID --text {data_get_code_CODE} --all --reason other`.</source>
      <translation>Այն քողարկելու համար՝ `redact span --statement ID --text {data_get_code_CODE} --all --reason other`։</translation>
    </message>
    <message>
      <source>To correct one: `incident edit ID --facility ...`.</source>
      <translation>Մեկն ուղղելու համար՝ `incident edit ID --facility ...`։</translation>
    </message>
    <message>
      <source>Use --again to keep a second copy.</source>
      <translation>Օգտագործեք --again՝ երկրորդ պատճենը պահելու համար։</translation>
    </message>
    <message>
      <source>Give it with --as.</source>
      <translation>Տվեք այն --as-ով։</translation>
    </message>
    <message>
      <source>Check --vault, or create a vault with init.</source>
      <translation>Ստուգեք --vault-ը կամ ստեղծեք պահոց init-ով։</translation>
    </message>
    <message>
      <source>Or give the case with --case.</source>
      <translation>Կամ նշեք գործը --case-ով։</translation>
    </message>
    <message>
      <source>Use --occurrence N for one, or --all for every one.</source>
      <translation>Օգտագործեք --occurrence N՝ մեկի համար, կամ --all՝ բոլորի համար։</translation>
    </message>
    <message>
      <source>Give it with --identity FILE.</source>
      <translation>Տվեք այն --identity FILE-ով։</translation>
    </message>
    <message>
      <source>Give one with --recipient.</source>
      <translation>Տվեք ստացող --recipient-ով։</translation>
    </message>
    <message>
      <source>Choose either --zip or --recipient.</source>
      <translation>Ընտրեք կամ --zip, կամ --recipient։</translation>
    </message>
    <message>
      <source>Then use --signer FINGERPRINT or `signer trust`.</source>
      <translation>Ապա օգտագործեք --signer FINGERPRINT կամ `signer trust`։</translation>
    </message>
    <message>
      <source>Check the fingerprint with the sender by another route and give it with --signer FINGERPRINT.</source>
      <translation>Ստուգեք մատնահետքը ուղարկողի հետ այլ ճանապարհով և տվեք այն --signer FINGERPRINT-ով։</translation>
    </message>
    <message>
      <source>interrupted.</source>
      <translation>ընդհատված է։</translation>
    </message>
    <message>
      <source>internal error ({type}); nothing was changed beyond the last completed step. Please report it.</source>
      <translation>ներքին սխալ ({type}). վերջին ավարտված քայլից հետո ոչինչ չի փոխվել։ Խնդրում ենք հայտնել այդ մասին։</translation>
    </message>
    <message>
      <source>NAME</source>
      <translation>ԱՆՈՒՆ</translation>
    </message>
    <message>
      <source>STATUS</source>
      <translation>ՎԻՃԱԿ</translation>
    </message>
    <message>
      <source>SINCE</source>
      <translation>ՍԿՍԱԾ</translation>
    </message>
    <message>
      <source>FINGERPRINT</source>
      <translation>ՄԱՏՆԱՀԵՏՔ</translation>
    </message>
    <message>
      <source>No trusted signers.</source>
      <translation>Վստահելի ստորագրողներ չկան։</translation>
    </message>
    <message>
      <source>TIME</source>
      <translation>ԺԱՄ</translation>
    </message>
    <message>
      <source>OPERATOR</source>
      <translation>ՕՊԵՐԱՏՈՐ</translation>
    </message>
    <message>
      <source>ACTION</source>
      <translation>ԳՈՐԾՈՂՈՒԹՅՈՒՆ</translation>
    </message>
    <message>
      <source>RECORD</source>
      <translation>ԳՐԱՌՈՒՄ</translation>
    </message>
    <message>
      <source>DETAILS</source>
      <translation>ՄԱՆՐԱՄԱՍՆԵՐ</translation>
    </message>
    <message>
      <source>No custody events.</source>
      <translation>Պահպանման իրադարձություններ չկան։</translation>
    </message>
    <message>
      <source>No {listed_kind}.</source>
      <translation>Գրառումներ չկան ({listed_kind})։</translation>
    </message>
    <message>
      <source>No cases yet.</source>
      <translation>Գործեր դեռ չկան։</translation>
    </message>
    <message>
      <source>CODE</source>
      <translation>ԿՈԴ</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>CREATED</source>
      <translation>ՍՏԵՂԾՎԱԾ</translation>
    </message>
    <message>
      <source>REGIONS</source>
      <translation>ՏԱՐԱԾԱՇՐՋԱՆՆԵՐ</translation>
    </message>
    <message>
      <source>TITLE</source>
      <translation>ԱՆՎԱՆՈՒՄ</translation>
    </message>
    <message>
      <source>ROLES</source>
      <translation>ԴԵՐԵՐ</translation>
    </message>
    <message>
      <source>BORN</source>
      <translation>ԾՆՎԵԼ Է</translation>
    </message>
    <message>
      <source>ALIASES</source>
      <translation>ԱՅԼ ԱՆՈՒՆՆԵՐ</translation>
    </message>
    <message>
      <source>WITNESS</source>
      <translation>ՎԿԱ</translation>
    </message>
    <message>
      <source>DATE</source>
      <translation>ԱՄՍԱԹԻՎ</translation>
    </message>
    <message>
      <source>LANG</source>
      <translation>ԼԵԶՈՒ</translation>
    </message>
    <message>
      <source>KIND</source>
      <translation>ՏԵՍԱԿ</translation>
    </message>
    <message>
      <source>VERSION</source>
      <translation>ՏԱՐԲԵՐԱԿ</translation>
    </message>
    <message>
      <source>SHA256</source>
      <translation>SHA256</translation>
    </message>
    <message>
      <source>STATEMENT</source>
      <translation>ՑՈՒՑՄՈՒՆՔ</translation>
    </message>
    <message>
      <source>SIZE</source>
      <translation>ՉԱՓ</translation>
    </message>
    <message>
      <source>TYPE</source>
      <translation>ՏԵՍԱԿ</translation>
    </message>
    <message>
      <source>FACILITY</source>
      <translation>ՀԱՍՏԱՏՈՒԹՅՈՒՆ</translation>
    </message>
    <message>
      <source>PLACE</source>
      <translation>ՎԱՅՐ</translation>
    </message>
    <message>
      <source>FROM</source>
      <translation>ՈՐՏԵՂԻՑ</translation>
    </message>
    <message>
      <source>ROLE</source>
      <translation>ԴԵՐ</translation>
    </message>
    <message>
      <source>TO</source>
      <translation>ՈՒՐ</translation>
    </message>
    <message>
      <source>CASE</source>
      <translation>ԳՈՐԾ</translation>
    </message>
    <message>
      <source>FIELD</source>
      <translation>ԴԱՇՏ</translation>
    </message>
    <message>
      <source>MATCH</source>
      <translation>ՀԱՄԸՆԿՆՈՒՄ</translation>
    </message>
    <message>
      <source>SNIPPET</source>
      <translation>ՀԱՏՎԱԾ</translation>
    </message>
    <message>
      <source>No matches.</source>
      <translation>Համընկնումներ չկան։</translation>
    </message>
    <message>
      <source>NOTE</source>
      <translation>ՆՇՈՒՄ</translation>
    </message>
    <message>
      <source>TARGET</source>
      <translation>ԹԻՐԱԽ</translation>
    </message>
    <message>
      <source>WHERE</source>
      <translation>ՈՐՏԵՂ</translation>
    </message>
    <message>
      <source>REASON</source>
      <translation>ՊԱՏՃԱՌ</translation>
    </message>
    <message>
      <source>REPLACEMENT</source>
      <translation>ՓՈԽԱՐԻՆՈՒՄ</translation>
    </message>
    <message>
      <source>TEXT</source>
      <translation>ՏԵՔՍՏ</translation>
    </message>
    <message>
      <source>Nothing found to redact.</source>
      <translation>Քողարկելու բան չի գտնվել։</translation>
    </message>
    <message>
      <source>Wrong current passphrase; nothing was changed.</source>
      <translation>Ընթացիկ գաղտնաբառը սխալ է. ոչինչ չի փոխվել։</translation>
    </message>
    <message>
      <source>Could not decode {name}: {why}.</source>
      <translation>Հնարավոր չեղավ ապակոդավորել {name}-ը՝ {why}։</translation>
    </message>
    <message>
      <source>The decoder process could not be started ({exc_strerror}).</source>
      <translation>Ապակոդավորման գործընթացը հնարավոր չեղավ գործարկել ({exc_strerror})։</translation>
    </message>
    <message>
      <source>The decoder process stopped as it started.</source>
      <translation>Ապակոդավորման գործընթացը կանգ առավ հենց գործարկվելիս։</translation>
    </message>
    <message>
      <source>The decoders were shut down.</source>
      <translation>Ապակոդավորիչները կանգնեցվել են։</translation>
    </message>
    <message>
      <source>The backup is recorded in the custody log and verified, but could not take its name ({os_strerror_exc_errno_or_0}): it is at {partial}; rename it to {destination_name}.</source>
      <translation>Պահուստային պատճենը գրանցվել է պահպանման շղթայի մատյանում և ստուգվել, բայց չհաջողվեց այն վերանվանել ({os_strerror_exc_errno_or_0}). այն գտնվում է այստեղ՝ {partial}, վերանվանեք այն {destination_name} անունով։</translation>
    </message>
    <message>
      <source>The backup is at {destination} and recorded, but the disk refused to update the vault state (is it full?); the next open repairs it.</source>
      <translation>Պահուստային պատճենը գտնվում է այստեղ՝ {destination}, և գրանցված է, բայց սկավառակը մերժեց պահոցի վիճակի թարմացումը (այն լցվա՞ծ է). հաջորդ բացումը կվերականգնի այն։</translation>
    </message>
    <message>
      <source>The backup is at {destination} and recorded, but the disk refused to confirm it ({os_strerror_exc_errno_or_0}); check the disk.</source>
      <translation>Պահուստային պատճենը գտնվում է այստեղ՝ {destination}, և գրանցված է, բայց սկավառակը չհաստատեց դրա գրումը ({os_strerror_exc_errno_or_0}). ստուգեք սկավառակը։</translation>
    </message>
    <message>
      <source>The disk refused a write ({os_strerror_exc_errno_or_0}): {what} {verb} not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({os_strerror_exc_errno_or_0})՝ տվյալները չպահպանվեցին ({what} {verb} not saved)։</translation>
    </message>
    <message>
      <source>The disk is full: {what} {verb} not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ տվյալները չպահպանվեցին ({what} {verb} not saved). պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: {what} {verb} not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ տվյալները չպահպանվեցին ({what} {verb} not saved)։</translation>
    </message>
    <message>
      <source>{path} is in the way and was not made by Evidence Vault; move it and try again.</source>
      <translation>{path}-ը խանգարում է և ստեղծված չէ Evidence Vault-ի կողմից. տեղափոխեք այն և նորից փորձեք։</translation>
    </message>
    <message>
      <source>The change was saved{saved}, but the disk refused to update the vault state (is it full?); the next open repairs it. Do not repeat the change.</source>
      <translation>Փոփոխությունը պահպանվեց{saved}, բայց սկավառակը մերժեց պահոցի վիճակի թարմացումը (այն լցվա՞ծ է). հաջորդ բացումը կվերականգնի այն։ Մի կրկնեք փոփոխությունը։</translation>
    </message>
    <message>
      <source>The key slots were changed, but the disk refused to finish tidying them (is it full?); the next open finishes it. Do not repeat the change.</source>
      <translation>Բանալու սլոթները փոխվեցին, բայց սկավառակը թույլ չտվեց ավարտել դրանց կարգավորումը (այն լցվա՞ծ է). հաջորդ բացումը կավարտի այն։ Մի կրկնեք փոփոխությունը։</translation>
    </message>
    <message>
      <source>The export is recorded and the bundle is at {out}, but the disk refused to update the vault state (is it full?); the next open repairs it. Do not export again.</source>
      <translation>Արտահանումը գրանցված է, և փաթեթը գտնվում է այստեղ՝ {out}, բայց սկավառակը մերժեց պահոցի վիճակի թարմացումը (այն լցվա՞ծ է). հաջորդ բացումը կվերականգնի այն։ Մի կրկնեք արտահանումը։</translation>
    </message>
    <message>
      <source>The export is recorded in the custody log, but the bundle could not take its name ({os_strerror_exc_errno_or_0}): it is complete at {partial_path}; rename it to {partial_final_name}.</source>
      <translation>Արտահանումը գրանցված է պահպանման շղթայի մատյանում, բայց չհաջողվեց փաթեթը վերանվանել ({os_strerror_exc_errno_or_0}). այն ամբողջական է և գտնվում է այստեղ՝ {partial_path}, վերանվանեք այն {partial_final_name} անունով։</translation>
    </message>
    <message>
      <source>The export is recorded in the custody log and the bundle is at {partial_final}, but the disk refused to confirm it ({os_strerror_exc_errno_or_0}); check the disk before relying on it.</source>
      <translation>Արտահանումը գրանցված է պահպանման շղթայի մատյանում, և փաթեթը գտնվում է այստեղ՝ {partial_final}, բայց սկավառակը չհաստատեց դրա գրումը ({os_strerror_exc_errno_or_0}). ստուգեք սկավառակը, նախքան այդ փաթեթին ապավինելը։</translation>
    </message>
    <message>
      <source>The disk refused to update the vault state (is it full?) after saving{exc_saved}: the export was not written. The vault opens as before (its next open repairs the state); free some space and export again.</source>
      <translation>Սկավառակը մերժեց պահոցի վիճակի թարմացումը (այն լցվա՞ծ է) պահպանումից հետո{exc_saved}՝ արտահանումը չգրվեց։ Պահոցը բացվում է ինչպես նախկինում (հաջորդ բացումը կվերականգնի վիճակը). ազատեք տեղ սկավառակում և կրկնեք արտահանումը։</translation>
    </message>
    <message>
      <source>Does it match, group by group, the fingerprint the sender read out to you by another route? Type yes to trust it: </source>
      <translation>Համընկնո՞ւմ է այն, խումբ առ խումբ, այն մատնահետքին, որը ուղարկողը ձեզ կարդացել է այլ ճանապարհով։ Վստահելու համար մուտքագրեք yes՝ </translation>
    </message>
    <message>
      <source>confirmed by you</source>
      <translation>հաստատված է ձեր կողմից</translation>
    </message>
    <message>
      <source>it matches the fingerprint given</source>
      <translation>համընկնում է տրված մատնահետքին</translation>
    </message>
    <message>
      <source>confirmed with --yes</source>
      <translation>հաստատված է --yes-ով</translation>
    </message>
    <message>
      <source>Signer fingerprint: {fingerprint}</source>
      <translation>Ստորագրողի մատնահետքը՝ {fingerprint}</translation>
    </message>
    <message>
      <source>Bundles signed with this key are now refused by verify and import.</source>
      <translation>Այս բանալիով ստորագրված փաթեթներն այժմ մերժվում են verify և import հրամաններով։</translation>
    </message>
    <message>
      <source>bundle refused: {check}: {why}</source>
      <translation>փաթեթը մերժված է՝ {check}. {why}</translation>
    </message>
    <message>
      <source>Imported bundle {bundle} ({profile}, {form}) as case {code}: {case}</source>
      <translation>{bundle} փաթեթը ({profile}, {form}) ներմուծված է որպես {code} գործ՝ {case}</translation>
    </message>
    <message>
      <source>From the sender's case {code}: {statements} statement(s), {attachments} attachment(s), {persons} person(s), {facilities} facility(ies), {incidents} incident(s), {links} link(s); {events} custody event(s) of the bundle kept.</source>
      <translation>Ուղարկողի {code} գործից՝ ցուցմունքներ՝ {statements}, կցորդներ՝ {attachments}, անձինք՝ {persons}, հաստատություններ՝ {facilities}, միջադեպեր՝ {incidents}, կապեր՝ {links}. պահպանվել է փաթեթի պահպանման իրադարձություններից {events}-ը։</translation>
    </message>
    <message>
      <source>Signer: {status}{named}, key {fingerprint}</source>
      <translation>Ստորագրող՝ {status}{named}, բանալի {fingerprint}</translation>
    </message>
    <message>
      <source>Trusted {name}: {fingerprint} ({how})</source>
      <translation>Վստահելի ստորագրող {name}՝ {fingerprint} ({how})</translation>
    </message>
    <message>
      <source>Revoked {name}: {fingerprint}</source>
      <translation>Չեղարկված ստորագրող {name}՝ {fingerprint}</translation>
    </message>
    <message>
      <source>Raised {count} earlier import(s) signed by this key to TRUSTED.</source>
      <translation>Այս բանալիով ստորագրված ավելի վաղ ներմուծումներից {count}-ը բարձրացվել է TRUSTED կարգավիճակի։</translation>
    </message>
    <message>
      <source>from {variable}</source>
      <translation>{variable}-ից</translation>
    </message>
    <message>
      <source>last used</source>
      <translation>վերջին օգտագործվածը</translation>
    </message>
    <message>
      <source>using vault {path} ({why})</source>
      <translation>օգտագործվում է {path} պահոցը ({why})</translation>
    </message>
    <message>
      <source>note: {text}</source>
      <translation>նշում՝ {text}</translation>
    </message>
    <message>
      <source> ({suffix} added to --out)</source>
      <translation> ({suffix}-ը ավելացվել է --out-ին)</translation>
    </message>
    <message>
      <source>Exported bundle {bundle} ({form}) to {path}{added}</source>
      <translation>{bundle} փաթեթը ({form}) արտահանված է {path}{added}</translation>
    </message>
    <message>
      <source>Profile {profile}: {statements} statement(s), {attachments} attachment(s).</source>
      <translation>Պրոֆիլ {profile}՝ ցուցմունքներ՝ {statements}, կցորդներ՝ {attachments}։</translation>
    </message>
    <message>
      <source>Signed by this vault's key, fingerprint {fingerprint}</source>
      <translation>Ստորագրված է այս պահոցի բանալիով, մատնահետք՝ {fingerprint}</translation>
    </message>
    <message>
      <source>Left out: {count} statement(s) ({why}).</source>
      <translation>Դուրս է մնացել ցուցմունք՝ {count} ({why})։</translation>
    </message>
    <message>
      <source>Left out: attachment {code} ({name}): {why}.</source>
      <translation>Դուրս է մնացել {code} կցորդը ({name})՝ {why}։</translation>
    </message>
    <message>
      <source>Operator: {name} (written into every custody event from now on).</source>
      <translation>Օպերատոր՝ {name} (այսուհետ գրանցվում է պահպանման յուրաքանչյուր իրադարձությունում)։</translation>
    </message>
    <message>
      <source>reminder: {text}</source>
      <translation>հիշեցում՝ {text}</translation>
    </message>
    <message>
      <source>(kept by profile: this profile shows that name; no decision is needed)</source>
      <translation>(պահպանված է պրոֆիլով. այս պրոֆիլը ցույց է տալիս այդ անունը, որոշում պետք չէ)</translation>
    </message>
    <message>
      <source>--- translation ---</source>
      <translation>--- թարգմանություն ---</translation>
    </message>
    <message>
      <source>(no proposals, spans, boxes or review marks)</source>
      <translation>(առաջարկներ, հատվածներ, շրջանակներ կամ ստուգման նշումներ չկան)</translation>
    </message>
    <message>
      <source>--- {count} hit(s) nobody decided for {profile}; export refuses until each is accepted or rejected (`redact suggest --statement {code} --profile {profile}`):</source>
      <translation>--- {profile}-ի համար որոշում չստացած համընկնումներ՝ {count}. արտահանումը մերժվում է, մինչև յուրաքանչյուրն ընդունվի կամ մերժվի (`redact suggest --statement {code} --profile {profile}`)՝</translation>
    </message>
    <message>
      <source>Attachment {code} as it leaves for {profile}: {media_type}, {size} bytes, sha256 {sha256}</source>
      <translation>{code} կցորդը այն տեսքով, որով դուրս է գալիս {profile}-ի համար՝ {media_type}, {size} բայթ, sha256 {sha256}</translation>
    </message>
    <message>
      <source>Review for {profile}: {review}</source>
      <translation>Ստուգում {profile}-ի համար՝ {review}</translation>
    </message>
    <message>
      <source>Note: {text} names nobody registered in this case. To find it in every statement and export, register the person: `person add --case {case} --name "{name}" --role ROLE`.</source>
      <translation>Նշում՝ {text}-ը չի նշում այս գործում գրանցված որևէ անձի։ Այն բոլոր ցուցմունքներում և արտահանումներում գտնելու համար գրանցեք անձին՝ `person add --case {case} --name "{name}" --role ROLE`։</translation>
    </message>
    <message>
      <source>Not exported for {profile}: {why}. As it would read:</source>
      <translation>Չի արտահանվում {profile}-ի համար՝ {why}։ Այն կկարդացվեր այսպես՝</translation>
    </message>
    <message>
      <source>--- place: {place}</source>
      <translation>--- վայր՝ {place}</translation>
    </message>
    <message>
      <source>--- nothing undecided for {profile}: this is the text that leaves</source>
      <translation>--- {profile}-ի համար չորոշված ոչինչ չկա. դուրս է գալիս հենց այս տեքստը</translation>
    </message>
    <message>
      <source>Written to {path} (readable by you only; a plaintext copy: delete it when done)</source>
      <translation>Գրված է {path}-ում (կարդալի է միայն ձեզ համար. սա չգաղտնագրված պատճեն է, ջնջեք այն, երբ ավարտեք)</translation>
    </message>
    <message>
      <source>Recovery code (shown only now). Write it on paper and keep it apart from this
laptop; with it you can set a new passphrase if this one is forgotten:</source>
      <translation>Վերականգնման կոդ (ցույց է տրվում միայն հիմա)։ Գրեք այն թղթի վրա և պահեք այս
նոութբուքից առանձին. դրանով կարող եք նոր գաղտնաբառ սահմանել, եթե այս մեկը մոռանաք՝</translation>
    </message>
    <message>
      <source>(read it out to whoever receives your bundles; `info` shows it again)</source>
      <translation>(կարդացեք այն ձեր փաթեթները ստացողներին. `info`-ն այն կրկին ցույց կտա)</translation>
    </message>
    <message>
      <source>Write it on paper and keep it apart from this laptop.</source>
      <translation>Գրեք այն թղթի վրա և պահեք այս նոութբուքից առանձին։</translation>
    </message>
    <message>
      <source>Could someone else know the old passphrase (seen, forced out of you, written down)? Then the vault also needs a new master key (rekey). [y/N] </source>
      <translation>Կարո՞ղ է ուրիշ մեկը իմանալ հին գաղտնաբառը (տեսել է, ստիպել է ասել, գրված է եղել)։ Այդ դեպքում պահոցին պետք է նաև նոր հիմնական բանալի (rekey)։ [y/N] </translation>
    </message>
    <message>
      <source>Passphrase changed. Backups, and any old copy of the key file a disk kept, still
open with the old one; if someone may know it, run passwd --rekey.</source>
      <translation>Գաղտնաբառը փոխված է։ Պահուստային պատճենները և բանալիների ֆայլի ցանկացած հին պատճեն, որը մնացել է
սկավառակում, դեռ բացվում են հինով. եթե այն կարող է որևէ մեկին հայտնի լինել, գործարկեք passwd --rekey։</translation>
    </message>
    <message>
      <source>Rekeyed: the vault has a new master key. Old key slots, recovery codes, backups
and disk images no longer open what it holds now (they still open what they held).</source>
      <translation>Բանալին փոխված է. պահոցն ունի նոր հիմնական բանալի։ Հին բանալու սլոթները, վերականգնման կոդերը, պահուստային պատճենները
և սկավառակի պատկերներն այլևս չեն բացում այն, ինչ այն հիմա պարունակում է (նախկինում պարունակածը դեռ բացում են)։</translation>
    </message>
    <message>
      <source>the old one no longer works</source>
      <translation>հինն այլևս չի գործում</translation>
    </message>
    <message>
      <source>New recovery code made; the old one no longer opens this vault. If the old code
may have been seen together with a copy of the vault, run rekey instead.</source>
      <translation>Ստեղծված է նոր վերականգնման կոդ. հինն այլևս չի բացում այս պահոցը։ Եթե հին կոդը
կարող էին տեսնել պահոցի պատճենի հետ միասին, դրա փոխարեն գործարկեք rekey։</translation>
    </message>
    <message>
      <source> (below the cost floor: run passwd)</source>
      <translation> (նվազագույն արժեքից ցածր. գործարկեք passwd)</translation>
    </message>
    <message>
      <source> (kept from format 1: not split; passwd or recovery regenerate remakes it)</source>
      <translation> (պահպանված է 1-ին ձևաչափից. բաժանված չէ, passwd կամ recovery regenerate այն կվերաստեղծի)</translation>
    </message>
    <message>
      <source>Passphrase changed and the vault rekeyed: old key slots, backups and disk
images no longer open what it holds now (they still open what they held).</source>
      <translation>Գաղտնաբառը փոխված է, և պահոցի բանալին փոխված է. հին բանալու սլոթները, պահուստային պատճենները և սկավառակի
պատկերներն այլևս չեն բացում այն, ինչ այն հիմա պարունակում է (նախկինում պարունակածը դեռ բացում են)։</translation>
    </message>
    <message>
      <source>kept</source>
      <translation>պահպանվում է</translation>
    </message>
    <message>
      <source>destroyed</source>
      <translation>ոչնչացվում է</translation>
    </message>
    <message>
      <source>Type ERASE to continue: </source>
      <translation>Շարունակելու համար մուտքագրեք ERASE՝ </translation>
    </message>
    <message>
      <source>Created a new vault at {path} (operator: {operator}).</source>
      <translation>Ստեղծված է նոր պահոց {path}-ում (օպերատոր՝ {operator})։</translation>
    </message>
    <message>
      <source>Vault:          {path}</source>
      <translation>Պահոց՝                       {path}</translation>
    </message>
    <message>
      <source>Vault id:       {id}</source>
      <translation>Պահոցի ID՝                   {id}</translation>
    </message>
    <message>
      <source>Format:         {format} (schema {schema}, key epoch {epoch})</source>
      <translation>Ձևաչափ՝                      {format} (սխեմա {schema}, բանալու դարաշրջան {epoch})</translation>
    </message>
    <message>
      <source>Operator:       {name}</source>
      <translation>Օպերատոր՝                    {name}</translation>
    </message>
    <message>
      <source>Cases:          {count}</source>
      <translation>Գործեր՝                      {count}</translation>
    </message>
    <message>
      <source>Attachments:    {count}</source>
      <translation>Կցորդներ՝                    {count}</translation>
    </message>
    <message>
      <source>Custody events: {count}</source>
      <translation>Պահպանման իրադարձություններ՝ {count}</translation>
    </message>
    <message>
      <source>New recovery code (shown only now; {why}):</source>
      <translation>Նոր վերականգնման կոդ (ցույց է տրվում միայն հիմա. {why})՝</translation>
    </message>
    <message>
      <source>Escrow slot removed.</source>
      <translation>Պահատվական սլոթը հեռացված է։</translation>
    </message>
    <message>
      <source>Vault OK: database intact, {attachments} attachment(s) authenticated, custody log of {events} event(s) verified, state counter matches.</source>
      <translation>Պահոցը կարգին է. տվյալների բազան ամբողջական է, կցորդների իսկությունը հաստատված է ({attachments}), պահպանման շղթայի մատյանը ստուգված է (իրադարձություններ՝ {events}), վիճակի հաշվիչը համընկնում է։</translation>
    </message>
    <message>
      <source>the vault failed {count} check(s).</source>
      <translation>պահոցը չի անցել ստուգումներից՝ {count}։</translation>
    </message>
    <message>
      <source>Backup written to {path} and verified ({attachments} attachment(s), {events} custody event(s)). It opens with the same passphrase and recovery code.</source>
      <translation>Պահուստային պատճենը գրված է {path}-ում և ստուգված է (կցորդներ՝ {attachments}, պահպանման իրադարձություններ՝ {events})։ Այն բացվում է նույն գաղտնաբառով և վերականգնման կոդով։</translation>
    </message>
    <message>
      <source>the custody log failed verification.</source>
      <translation>պահպանման շղթայի մատյանը չի անցել ստուգումը։</translation>
    </message>
    <message>
      <source>Custody log verified: {rows} event(s), head {rows}:{head}.</source>
      <translation>Պահպանման շղթայի մատյանը ստուգված է՝ իրադարձություններ՝ {rows}, գլուխ {rows}:{head}։</translation>
    </message>
    <message>
      <source>Key slot:       {type}{cost}{extra}</source>
      <translation>Բանալու սլոթ՝                {type}{cost}{extra}</translation>
    </message>
    <message>
      <source>Escrow slot added.</source>
      <translation>Պահատվական սլոթն ավելացված է։</translation>
    </message>
    <message>
      <source>This destroys every key slot of {path} (escrow slot: {fate}).</source>
      <translation>Սա կոչնչացնի {path}-ի բանալու բոլոր սլոթները (պահատվական սլոթ՝ {fate})։</translation>
    </message>
    <message>
      <source>{path} is the hidden leftover of an interrupted export or backup; the next export or backup into that folder removes it (or remove it)</source>
      <translation>{path}-ը ընդհատված արտահանման կամ պահուստային պատճենման թաքնված մնացորդ է. այդ թղթապանակում հաջորդ արտահանումը կամ պահուստային պատճենումը կհեռացնի այն (կամ հեռացրեք այն ինքներդ)</translation>
    </message>
    <message>
      <source>custody log broken at row {row}: {reason}.</source>
      <translation>պահպանման շղթայի մատյանը խախտված է {row} տողում՝ {reason}։</translation>
    </message>
    <message>
      <source>Imported custody verified: {lines} line(s) kept from {imports} bundle(s) chain to the heads their imports recorded.</source>
      <translation>Ներմուծված պահպանման շղթան ստուգված է. փաթեթներից ({imports}) պահպանված տողերը ({lines}) շղթայված են իրենց ներմուծման ժամանակ գրանցված գլուխներին։</translation>
    </message>
    <message>
      <source>The holder of the age identity for {recipient} can open this
vault and set a new passphrase.</source>
      <translation>{recipient}-ի age նույնականացման տերը կարող է բացել այս
պահոցը և սահմանել նոր գաղտնաբառ։</translation>
    </message>
    <message>
      <source>Escrow slot replaced: the holder of {recipient} can no longer open this vault.</source>
      <translation>Պահատվական սլոթը փոխարինված է. {recipient}-ի տերն այլևս չի կարող բացել այս պահոցը։</translation>
    </message>
    <message>
      <source>warning: the signer is not verified (UNPINNED): the bundle is intact and signed, but by a key this vault does not trust; compare the fingerprint with the sender's over another channel.</source>
      <translation>զգուշացում՝ ստորագրողը հաստատված չէ (UNPINNED). փաթեթն ամբողջական է և ստորագրված, բայց բանալիով, որին այս պահոցը չի վստահում. համեմատեք մատնահետքը ուղարկողի մատնահետքի հետ այլ ուղիով։</translation>
    </message>
    <message>
      <source>Signer key fingerprint (SHA-256 of the public key):</source>
      <translation>Ստորագրողի բանալու մատնահետքը (բաց բանալու SHA-256)՝</translation>
    </message>
    <message>
      <source>Result:       intact and signed, but the signer is NOT verified (UNPINNED).</source>
      <translation>Արդյունք՝     ամբողջական է և ստորագրված, բայց ստորագրողը հաստատված ՉԷ (UNPINNED)։</translation>
    </message>
    <message>
      <source>Bundle:       {path}{kind}</source>
      <translation>Փաթեթ՝        {path}{kind}</translation>
    </message>
    <message>
      <source>Result:       the bundle checks out.</source>
      <translation>Արդյունք՝     փաթեթն անցել է ստուգումը։</translation>
    </message>
    <message>
      <source>Bundle id:    {bundle}</source>
      <translation>Փաթեթի ID՝    {bundle}</translation>
    </message>
    <message>
      <source>Case:         {case}    Profile: {profile}    Signed: {utc}</source>
      <translation>Գործ՝         {case}    Պրոֆիլ՝ {profile}    Ստորագրված՝ {utc}</translation>
    </message>
    <message>
      <source>Signer:       {status}{named}</source>
      <translation>Ստորագրող՝    {status}{named}</translation>
    </message>
    <message>
      <source>Result:       REFUSED: {check}: {detail}</source>
      <translation>Արդյունք՝     ՄԵՐԺՎԱԾ Է՝ {check}. {detail}</translation>
    </message>
    <message>
      <source>New passphrase: </source>
      <translation>Նոր գաղտնաբառ՝ </translation>
    </message>
    <message>
      <source>New passphrase again: </source>
      <translation>Նոր գաղտնաբառը կրկին՝ </translation>
    </message>
    <message>
      <source>{problem} Try again ({attempt} of {tries}).</source>
      <translation>{problem} Փորձեք կրկին ({attempt}-ը {tries}-ից)։</translation>
    </message>
    <message>
      <source>Passphrase: </source>
      <translation>Գաղտնաբառ՝ </translation>
    </message>
    <message>
      <source>Recovery code: </source>
      <translation>Վերականգնման կոդ՝ </translation>
    </message>
    <message>
      <source>UNPINNED: the signature is valid, but nothing says whose key it is; compare the fingerprint with the sender's over another channel</source>
      <translation>UNPINNED՝ ստորագրությունը վավեր է, բայց ոչինչ չի ասում, թե ում բանալին է. համեմատեք մատնահետքը ուղարկողի մատնահետքի հետ այլ ուղիով</translation>
    </message>
    <message>
      <source>{count} events chain correctly; the last is this bundle's export (sender's custody commitment {chain}…)</source>
      <translation>իրադարձությունները ({count}) ճիշտ են շղթայված. վերջինը այս փաթեթի արտահանումն է (ուղարկողի պահպանման շղթայի ամրագրում {chain}…)</translation>
    </message>
    <message>
      <source>{count} events chain correctly; the last is this bundle's export (sender's custody head {chain}…)</source>
      <translation>իրադարձությունները ({count}) ճիշտ են շղթայված. վերջինը այս փաթեթի արտահանումն է (ուղարկողի պահպանման շղթայի գլուխ {chain}…)</translation>
    </message>
    <message>
      <source>PINNED: the key matches the fingerprint given</source>
      <translation>PINNED՝ բանալին համընկնում է տրված մատնահետքին</translation>
    </message>
    <message>
      <source>not checked: the signature did not verify, so nothing it covers was read</source>
      <translation>ստուգված չէ. ստորագրությունը չի հաստատվել, ուստի դրանով ծածկված ոչինչ չի կարդացվել</translation>
    </message>
    <message>
      <source>BagIt 1.0: {payload} payload files match manifest-sha256.txt and manifest-sha512.txt; {tags} tag files match {manifest}; no other files</source>
      <translation>BagIt 1.0. բովանդակության ֆայլերը ({payload}) համապատասխանում են manifest-sha256.txt-ին և manifest-sha512.txt-ին, ծառայողական ֆայլերը ({tags}) համապատասխանում են {manifest}-ին. այլ ֆայլեր չկան</translation>
    </message>
    <message>
      <source>minisign signature over {manifest} by key {key} (signature/signer.pub) verifies, trusted comment included</source>
      <translation>minisign ստորագրությունը {manifest}-ի վրա {key} բանալիով (signature/signer.pub) հաստատված է, ներառյալ վստահելի մեկնաբանությունը</translation>
    </message>
    <message>
      <source>no verified trusted comment to compare with</source>
      <translation>համեմատելու համար հաստատված վստահելի մեկնաբանություն չկա</translation>
    </message>
    <message>
      <source>bundle {bundle}, case {case}, profile {profile}, signed {utc}: the signature, bag-info.txt and {records} agree</source>
      <translation>փաթեթ {bundle}, գործ {case}, պրոֆիլ {profile}, ստորագրված {utc}. ստորագրությունը, bag-info.txt-ը և {records}-ը համընկնում են</translation>
    </message>
    <message>
      <source>the {count} files {records} names are all in data/, and it names every other file there</source>
      <translation>{records}-ում նշված բոլոր ֆայլերը ({count}) data/-ում են, և այն նշում է այնտեղի մնացած բոլոր ֆայլերը</translation>
    </message>
    <message>
      <source>not checked: the signature did not verify, so nothing was read</source>
      <translation>ստուգված չէ. ստորագրությունը չի հաստատվել, ուստի ոչինչ չի կարդացվել</translation>
    </message>
    <message>
      <source>TRUSTED: a trusted signer of this vault, {name}</source>
      <translation>TRUSTED՝ այս պահոցի վստահելի ստորագրող, {name}</translation>
    </message>
    <message>
      <source>{kind} of {count} files, nothing unsafe</source>
      <translation>{kind}, ֆայլեր՝ {count}, վտանգավոր ոչինչ չկա</translation>
    </message>
    <message>
      <source>not checked: {name} is not covered by the verified signature, so it was not read</source>
      <translation>ստուգված չէ. {name}-ը ծածկված չէ հաստատված ստորագրությամբ, ուստի չի կարդացվել</translation>
    </message>
    <message>
      <source>not checked: bag-info.txt was not read (see layout)</source>
      <translation>ստուգված չէ. bag-info.txt-ը չի կարդացվել (տե՛ս layout)</translation>
    </message>
    <message>
      <source>the signature did not verify, so nobody is known to have signed</source>
      <translation>ստորագրությունը չի հաստատվել, ուստի հայտնի չէ, թե ով է ստորագրել</translation>
    </message>
    <message>
      <source>{count} events chain correctly, but with no verified signature there is no bundle id to compare the export event with</source>
      <translation>իրադարձությունները ({count}) ճիշտ են շղթայված, բայց առանց հաստատված ստորագրության փաթեթի ID չկա, որի հետ համեմատել արտահանման իրադարձությունը</translation>
    </message>
    <message>
      <source>Erased: the key file could not be read, so it was overwritten whole; nothing in the vault can be decrypted any more (no escrow slot could be kept).</source>
      <translation>Ջնջված է. բանալիների ֆայլը հնարավոր չեղավ կարդալ, ուստի այն ամբողջությամբ վերագրվեց. պահոցում այլևս ոչինչ հնարավոր չէ վերծանել (պահատվական սլոթը հնարավոր չեղավ պահպանել)։</translation>
    </message>
    <message>
      <source>The escrow slot was kept: HQ's age identity can still open this vault.</source>
      <translation>Պահատվական սլոթը պահպանվել է. գլխամասային գրասենյակի age նույնականացումը դեռ կարող է բացել այս պահոցը։</translation>
    </message>
    <message>
      <source>The vault is open in another window or program: close it now; until then its keys are in that program's memory.</source>
      <translation>Պահոցը բաց է այլ պատուհանում կամ ծրագրում. փակեք այն հիմա. մինչ այդ նրա բանալիները այդ ծրագրի հիշողության մեջ են։</translation>
    </message>
    <message>
      <source>There was no escrow slot to keep.</source>
      <translation>Պահպանելու պահատվական սլոթ չկար։</translation>
    </message>
    <message>
      <source>Erased: {count} key slot(s) overwritten in place; the vault can no longer be opened with a passphrase or recovery code (it answers 'Wrong passphrase': nothing in its files says it was erased).</source>
      <translation>Ջնջված է. բանալու սլոթները ({count}) վերագրվել են տեղում. պահոցն այլևս հնարավոր չէ բացել գաղտնաբառով կամ վերականգնման կոդով (այն պատասխանում է «Սխալ գաղտնաբառ». նրա ֆայլերում ոչինչ չի ասում, որ այն ջնջված է)։</translation>
    </message>
    <message>
      <source>Not reached: {path} is a partial copy of this vault left by a backup cut short; it holds key slots that open with the old secrets. Destroy it.</source>
      <translation>Չի հասել. {path}-ը այս պահոցի մասնակի պատճեն է, որը մնացել է ընդհատված պահուստային պատճենումից. այն պարունակում է բանալու սլոթներ, որոնք բացվում են հին գաղտնիքներով։ Ոչնչացրեք այն։</translation>
    </message>
    <message>
      <source>hint: to keep such files exactly as received (encrypted, never shown or redacted), add --as-received</source>
      <translation>հուշում՝ նման ֆայլերը ճիշտ ստացված տեսքով պահելու համար (գաղտնագրված, առանց ցուցադրման և քողարկման) ավելացրեք --as-received</translation>
    </message>
    <message>
      <source>{reason} Nothing was taken in.</source>
      <translation>{reason} Ոչինչ չի ընդունվել։</translation>
    </message>
    <message>
      <source>{name}: {reason}</source>
      <translation>{name}. {reason}</translation>
    </message>
    <message>
      <source>{why} It is kept as received and will never be shown or redacted.</source>
      <translation>{why} Այն պահված է ստացված տեսքով և երբեք չի ցուցադրվի կամ քողարկվի։</translation>
    </message>
    <message>
      <source>{name} is named as {claimed} but its content is {found}; it is taken in as it is</source>
      <translation>{name}-ը անվանված է որպես {claimed}, բայց դրա բովանդակությունը {found} է. այն ընդունվում է այնպես, ինչպես կա</translation>
    </message>
    <message>
      <source>{name} is named as {claimed} but is not one: its content is {found}.</source>
      <translation>{name}-ը անվանված է որպես {claimed}, բայց այդպիսին չէ. դրա բովանդակությունը {found} է։</translation>
    </message>
    <message>
      <source>{name} is named as {claimed} but is not one: its content is of no known format.</source>
      <translation>{name}-ը անվանված է որպես {claimed}, բայց այդպիսին չէ. դրա բովանդակությունը որևէ հայտնի ձևաչափի չէ։</translation>
    </message>
    <message>
      <source>Use --as-received to keep them exactly as received.</source>
      <translation>Դրանք ճիշտ ստացված տեսքով պահելու համար օգտագործեք --as-received։</translation>
    </message>
    <message>
      <source>{escape_invisible_blob_name} changed while it was being taken in: it is not the file that was checked. Nothing was taken in.</source>
      <translation>{escape_invisible_blob_name}-ը փոխվել է ընդունման ընթացքում. այն ստուգված ֆայլը չէ։ Ոչինչ չի ընդունվել։</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Լավ</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Չեղարկել</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Փակել</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Պահպանել</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Այո</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Ոչ</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Կիրառել</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Չպահպանել</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Հետ</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Հաջորդ &gt;</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Ավարտել</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Չեղարկել</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Հետարկել</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Կրկնել</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Կտրել</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Պատճենել</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Տեղադրել</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Ջնջել</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Ընտրել բոլորը</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Հետարկել</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Կրկնել</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Կտրել</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Պատճենել</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Տեղադրել</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Ջնջել</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Ընտրել բոլորը</translation>
    </message>
  </context>
</TS>
