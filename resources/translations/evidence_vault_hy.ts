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
    <message>
      <source>Files are still being taken in: add these once that has finished. Nothing else was taken in.</source>
      <translation>Ֆայլերը դեռ ընդունվում են. ավելացրեք սրանք, երբ ընդունումն ավարտվի։ Ուրիշ ոչինչ չի ընդունվել։</translation>
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
      <translation type="vanished">{what} ֆայլը՝ {path}, չափազանց մեծ է։</translation>
    </message>
    <message>
      <source>The {what} file {path} is empty.</source>
      <translation type="vanished">{what} ֆայլը՝ {path}, դատարկ է։</translation>
    </message>
    <message>
      <source>Cannot read the {what} file {path}: {exc_strerror}.</source>
      <translation type="vanished">Հնարավոր չէ կարդալ {what} ֆայլը՝ {path}՝ {exc_strerror}։</translation>
    </message>
    <message>
      <source>The {what} file {path} is not UTF-8 text.</source>
      <translation type="vanished">{what} ֆայլը՝ {path}, UTF-8 տեքստ չէ։</translation>
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
      <translation type="vanished">Նշեք {what}-ը՝ id, դրա առաջին {MIN_PREFIX}+ նիշերը կամ կոդ։</translation>
    </message>
    <message>
      <source>No {what} with {how} {text}{where}.</source>
      <translation type="vanished">{what} չկա {how} {text}{where}-ով։</translation>
    </message>
    <message>
      <source>{text} fits {len_found} records ({listed}{more}): {advice}.</source>
      <translation type="vanished">{text}-ը համապատասխանում է {len_found} գրառման ({listed}{more})՝ {advice}։</translation>
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
      <translation type="vanished">{text}-ը {named} կոդ է, ոչ թե {kind}-ի կոդ։</translation>
    </message>
    <message>
      <source>No {what} with id {text_80}: give an id, its first {MIN_PREFIX}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation type="vanished">{text_80} id-ով {what} չկա. տվեք id, դրա առաջին {MIN_PREFIX}+ նիշերը կամ կոդ, օրինակ՝ C-001, W-001, S-001, A-001։</translation>
    </message>
    <message>
      <source>No {kind} with id {text}: it is {other_0_describe}.</source>
      <translation type="vanished">{text} id-ով {kind} չկա. այն {other_0_describe} է։</translation>
    </message>
    <message>
      <source>{text} is not a {kind_or_elsewhere_0} of case {case_code_vault_case_id}: it belongs to another case.</source>
      <translation type="vanished">{text}-ը {case_code_vault_case_id} գործի {kind_or_elsewhere_0} չէ. այն պատկանում է այլ գործի։</translation>
    </message>
    <message>
      <source>{text} is too short to name a {what}: give at least {MIN_PREFIX} characters of its id, or its code.</source>
      <translation type="vanished">{text}-ը չափազանց կարճ է {what} նշելու համար. տվեք id-ի առնվազն {MIN_PREFIX} նիշ կամ կոդը։</translation>
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
      <translation type="vanished">{label}-ն արդեն հետ է կանչված (կամ դրա գործը)։</translation>
    </message>
    <message>
      <source>{label} is still used by {len_using} {what} ({join_using_10}): {advice}; nothing was retracted.</source>
      <translation type="vanished">{label}-ը դեռ օգտագործվում է {len_using} {what}-ի կողմից ({join_using_10})՝ {advice}. ոչինչ հետ չի կանչվել։</translation>
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
      <translation type="vanished">Սկավառակը մերժեց գրումը ({os_strerror_exc_errno_or_0})՝ տվյալները չպահպանվեցին ({what} {verb} not saved)։</translation>
    </message>
    <message>
      <source>The disk is full: {what} {verb} not saved; the vault is unchanged.</source>
      <translation type="vanished">Սկավառակը լցված է՝ տվյալները չպահպանվեցին ({what} {verb} not saved). պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: {what} {verb} not saved.</source>
      <translation type="vanished">Սկավառակը միայն ընթերցման համար է՝ տվյալները չպահպանվեցին ({what} {verb} not saved)։</translation>
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
      <source>{path} (a symbolic link: the file taken in is {target})</source>
      <translation>{path} (սիմվոլիկ հղում. ընդունված ֆայլը {target}-ն է)</translation>
    </message>
    <message>
      <source>the original(s) are still on disk, unencrypted, where they were: {names}; once you have checked the vault copy, remove them securely (e.g. shred -u, or your system's secure delete)</source>
      <translation>բնօրինակները դեռ սկավառակի վրա են՝ չգաղտնագրված, նույն տեղում՝ {names}. պահոցի պատճենը ստուգելուց հետո ջնջեք դրանք անվտանգ եղանակով (օրինակ՝ shred -u կամ ձեր համակարգի անվտանգ ջնջումով)</translation>
    </message>
    <message>
      <source>{name} carries a GPS position ({latitude}, {longitude}); anonymized exports remove it</source>
      <translation>{name}-ը պարունակում է GPS դիրք ({latitude}, {longitude}). անանուն արտահանումները այն հեռացնում են</translation>
    </message>
    <message>
      <source>{name} carries a GPS position; anonymized exports remove it</source>
      <translation>{name}-ը պարունակում է GPS դիրք. անանուն արտահանումները այն հեռացնում են</translation>
    </message>
    <message>
      <source>What erase does not reach: the key slots were overwritten in place, in the only file that ever held them, but an SSD (wear levelling) and copy-on-write file systems or snapshots (btrfs, ZFS, APFS, Time Machine) may still keep earlier copies of that file's blocks; such a copy opens with the passphrase or recovery code in force when it was written, until a rekey (made before the erase) replaced the key it holds. A vault of format 1 also left old header copies in free space. Any backup of this vault holds key slots too: destroy backups separately.</source>
      <translation>Ինչին ջնջումը չի հասնում. բանալու սլոթները վերագրվել են տեղում՝ միակ ֆայլում, որը երբևէ պահել է դրանք, բայց SSD-ն (մաշվածության հավասարեցում), պատճենում-գրելիս ֆայլային համակարգերը և պատկերները (btrfs, ZFS, APFS, Time Machine) կարող են դեռ պահել այդ ֆայլի բլոկների նախկին պատճենները. այդպիսի պատճենը բացվում է այն գաղտնաբառով կամ վերականգնման կոդով, որը գործում էր դրա գրման պահին, մինչև որ բանալու փոփոխությունը (արված ջնջումից առաջ) փոխարինի նրանում պահվող բանալին։ 1-ին ձևաչափի պահոցը նաև ազատ տարածքում թողել է վերնագրի հին պատճեններ։ Այս պահոցի ցանկացած պահուստային պատճեն նույնպես պարունակում է բանալու սլոթներ. ոչնչացրեք պահուստային պատճենները առանձին։</translation>
    </message>
    <message>
      <source>bagit.txt must hold exactly BagIt-Version and the encoding</source>
      <translation>bagit.txt-ը պետք է պարունակի ճիշտ BagIt-Version և կոդավորումը</translation>
    </message>
    <message>
      <source>bagit.txt does not declare UTF-8 tag files</source>
      <translation>bagit.txt-ը չի հայտարարում UTF-8 ծառայողական ֆայլեր</translation>
    </message>
    <message>
      <source>fetch.txt is present (it asks to download files from elsewhere; refused)</source>
      <translation>առկա է fetch.txt (այն խնդրում է ֆայլեր ներբեռնել այլ տեղից. մերժված է)</translation>
    </message>
    <message>
      <source>bagit.txt declares BagIt version {version}</source>
      <translation>bagit.txt-ը հայտարարում է BagIt {version} տարբերակ</translation>
    </message>
    <message>
      <source>bag-info.txt gives Payload-Oxum {given} but the payload is {expected} (bytes.files)</source>
      <translation>bag-info.txt-ը նշում է Payload-Oxum {given}, բայց բովանդակությունը {expected} է (բայթեր.ֆայլեր)</translation>
    </message>
    <message>
      <source>{name} is larger than any tag file needs</source>
      <translation>{name}-ը ավելի մեծ է, քան պետք է որևէ ծառայողական ֆայլի</translation>
    </message>
    <message>
      <source>{name} starts with a byte-order mark, which BagIt forbids</source>
      <translation>{name}-ը սկսվում է բայթերի կարգի նշիչով, որը BagIt-ն արգելում է</translation>
    </message>
    <message>
      <source>{name} is missing</source>
      <translation>{name}-ը բացակայում է</translation>
    </message>
    <message>
      <source>line {line} of {manifest} is not a {algorithm} hash and a path</source>
      <translation>{manifest}-ի {line}-րդ տողը {algorithm} հեշ և ուղի չէ</translation>
    </message>
    <message>
      <source>{name} is listed twice in {manifest}</source>
      <translation>{name}-ը {manifest}-ում նշված է երկու անգամ</translation>
    </message>
    <message>
      <source>{manifest} lists {name}, which is not in the bundle</source>
      <translation>{manifest}-ը նշում է {name}, որը փաթեթում չկա</translation>
    </message>
    <message>
      <source>{name} is not listed in {manifest} (untracked file)</source>
      <translation>{name}-ը նշված չէ {manifest}-ում (չհաշվառված ֆայլ)</translation>
    </message>
    <message>
      <source>{name} is not UTF-8 text</source>
      <translation>{name}-ը UTF-8 տեքստ չէ</translation>
    </message>
    <message>
      <source>line {line} of {name} is not 'Label: value'</source>
      <translation>{name}-ի {line}-րդ տողը «Պիտակ: արժեք» տեսքի չէ</translation>
    </message>
    <message>
      <source>{name} is not a file the signature folder may hold</source>
      <translation>{name}-ը այն ֆայլը չէ, որ կարող է լինել ստորագրության թղթապանակում</translation>
    </message>
    <message>
      <source>{manifest} lists {name}, which is outside data/</source>
      <translation>{manifest}-ը նշում է {name}, որը data/-ից դուրս է</translation>
    </message>
    <message>
      <source>{name} uses a hash other than SHA-256 or SHA-512</source>
      <translation>{name}-ը օգտագործում է SHA-256-ից և SHA-512-ից տարբեր հեշ</translation>
    </message>
    <message>
      <source>{name} does not match its {algorithm} in {manifest} (changed after the bundle was made)</source>
      <translation>{name}-ը չի համընկնում {manifest}-ում իր {algorithm}-ի հետ (փոխվել է փաթեթի ստեղծումից հետո)</translation>
    </message>
    <message>
      <source>custody.jsonl is empty (it must end with the export)</source>
      <translation>custody.jsonl-ը դատարկ է (այն պետք է ավարտվի արտահանմամբ)</translation>
    </message>
    <message>
      <source>line 1 of custody.jsonl does not point to 64 zeros (a line was removed, added or moved)</source>
      <translation>custody.jsonl-ի 1-ին տողը չի մատնանշում 64 զրո (տողը հեռացվել, ավելացվել կամ տեղափոխվել է)</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl is not a JSON object</source>
      <translation>custody.jsonl-ի {line}-րդ տողը JSON օբյեկտ չէ</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has {keys}, which no line may have</source>
      <translation>custody.jsonl-ի {line}-րդ տողը պարունակում է {keys}, որոնք ոչ մի տող չի կարող ունենալ</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has seq {seq}, not {line}</source>
      <translation>custody.jsonl-ի {line}-րդ տողն ունի seq {seq}, ոչ թե {line}</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has details that are not an object</source>
      <translation>custody.jsonl-ի {line}-րդ տողի details-ը օբյեկտ չէ</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl does not point to the hash of line {before} (a line was removed, added or moved)</source>
      <translation>custody.jsonl-ի {line}-րդ տողը չի մատնանշում {before}-րդ տողի հեշը (տողը հեռացվել, ավելացվել կամ տեղափոխվել է)</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has a hash that is not 64 lowercase hex digits</source>
      <translation>custody.jsonl-ի {line}-րդ տողի հեշը 64 փոքրատառ տասնվեցական թվանշան չէ</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl does not match its hash (it was changed after export)</source>
      <translation>custody.jsonl-ի {line}-րդ տողը չի համընկնում իր հեշի հետ (փոխվել է արտահանումից հետո)</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl lacks {keys}</source>
      <translation>custody.jsonl-ի {line}-րդ տողում բացակայում է {keys}</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has a {key} that is not text</source>
      <translation>custody.jsonl-ի {line}-րդ տողի {key}-ը տեքստ չէ</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl cannot be encoded as canonical JSON</source>
      <translation>custody.jsonl-ի {line}-րդ տողը հնարավոր չէ կոդավորել որպես կանոնական JSON</translation>
    </message>
    <message>
      <source>no consent record</source>
      <translation>համաձայնության գրառում չկա</translation>
    </message>
    <message>
      <source>consent withdrawn</source>
      <translation>համաձայնությունը հետ է կանչված</translation>
    </message>
    <message>
      <source>consent does not include {category}</source>
      <translation>համաձայնությունը չի ներառում {category}</translation>
    </message>
    <message>
      <source>{where} gives bundle id {found} but the signature says {signed}</source>
      <translation>{where}-ը նշում է փաթեթի ID {found}, բայց ստորագրությունը՝ {signed}</translation>
    </message>
    <message>
      <source>{where} gives no bundle id but the signature says {signed}</source>
      <translation>{where}-ը չի նշում փաթեթի ID, բայց ստորագրությունը՝ {signed}</translation>
    </message>
    <message>
      <source>{where} gives case code {found} but the signature says {signed}</source>
      <translation>{where}-ը նշում է գործի կոդ {found}, բայց ստորագրությունը՝ {signed}</translation>
    </message>
    <message>
      <source>{where} gives no case code but the signature says {signed}</source>
      <translation>{where}-ը չի նշում գործի կոդը, բայց ստորագրությունը՝ {signed}</translation>
    </message>
    <message>
      <source>{where} gives profile {found} but the signature says {signed}</source>
      <translation>{where}-ը նշում է պրոֆիլ {found}, բայց ստորագրությունը՝ {signed}</translation>
    </message>
    <message>
      <source>{where} gives no profile but the signature says {signed}</source>
      <translation>{where}-ը չի նշում պրոֆիլը, բայց ստորագրությունը՝ {signed}</translation>
    </message>
    <message>
      <source>the export event (line {line}) of {custody} gives {key} {found} but the signature says {signed}</source>
      <translation>{custody}-ի արտահանման իրադարձությունը ({line}-րդ տող) նշում է {key} {found}, բայց ստորագրությունը՝ {signed}</translation>
    </message>
    <message>
      <source>the export event (line {line}) of {custody} gives no {key} but the signature says {signed}</source>
      <translation>{custody}-ի արտահանման իրադարձությունը ({line}-րդ տող) չի նշում {key}, բայց ստորագրությունը՝ {signed}</translation>
    </message>
    <message>
      <source>(and {count} more)</source>
      <translation>(և ևս {count})</translation>
    </message>
    <message>
      <source>not checked</source>
      <translation>ստուգված չէ</translation>
    </message>
    <message>
      <source>bagit.txt declares BagIt {version}, not 1.0</source>
      <translation>bagit.txt-ը հայտարարում է BagIt {version}, ոչ թե 1.0</translation>
    </message>
    <message>
      <source>the signature verifies but its trusted comment is not 'bundle=… case=… profile=… utc=… chain=…': {comment}</source>
      <translation>ստորագրությունը հաստատվում է, բայց դրա վստահելի մեկնաբանությունը 'bundle=… case=… profile=… utc=… chain=…' տեսքի չէ՝ {comment}</translation>
    </message>
    <message>
      <source>the signed bundle id {bundle} is not a UUID</source>
      <translation>ստորագրված փաթեթի ID {bundle}-ը UUID չէ</translation>
    </message>
    <message>
      <source>the last line ({line}) of {custody} is {action}, not the export</source>
      <translation>{custody}-ի վերջին տողը ({line}) {action} է, ոչ թե արտահանումը</translation>
    </message>
    <message>
      <source>REVOKED: the signer's key {key} ({name}) was revoked on {date}</source>
      <translation>REVOKED. ստորագրողի բանալին {key} ({name}) չեղարկվել է {date}</translation>
    </message>
    <message>
      <source>the signer's key {key} is not the fingerprint given ({pin})</source>
      <translation>ստորագրողի բանալին {key} չի համընկնում տրված մատնահետքի հետ ({pin})</translation>
    </message>
    <message>
      <source>{name} is missing, so there is nothing to check the signature with</source>
      <translation>{name}-ը բացակայում է, ուստի ստորագրությունը ստուգելու ոչինչ չկա</translation>
    </message>
    <message>
      <source>{where} is not a file path</source>
      <translation>{where}-ը ֆայլի ուղի չէ</translation>
    </message>
    <message>
      <source>{name} is in data/ but {records} does not name it</source>
      <translation>{name}-ը data/-ում է, բայց {records}-ը այն չի նշում</translation>
    </message>
    <message>
      <source>{records} has no {section} list</source>
      <translation>{records}-ում {section} ցուցակ չկա</translation>
    </message>
    <message>
      <source>{name} is not a JSON object</source>
      <translation>{name}-ը JSON օբյեկտ չէ</translation>
    </message>
    <message>
      <source>{name} does not say format {format}</source>
      <translation>{name}-ը չի նշում {format} ձևաչափը</translation>
    </message>
    <message>
      <source>{name} is bundle format version {version}; this Evidence Vault reads version {supported}</source>
      <translation>{name}-ը փաթեթի ձևաչափի {version} տարբերակն է. այս Evidence Vault-ը կարդում է {supported} տարբերակը</translation>
    </message>
    <message>
      <source>bag-info.txt must give {label} once (found {count})</source>
      <translation>bag-info.txt-ը պետք է նշի {label} մեկ անգամ (գտնվել է՝ {count})</translation>
    </message>
    <message>
      <source>{where} names {name}, already named by {other}</source>
      <translation>{where}-ը նշում է {name}, որն արդեն նշված է {other}-ում</translation>
    </message>
    <message>
      <source>{section} entry {index} of {records} is not an object</source>
      <translation>{records}-ի {section} բաժնի {index}-րդ գրառումը օբյեկտ չէ</translation>
    </message>
    <message>
      <source>{where} names {name}, which is not in data/</source>
      <translation>{where}-ը նշում է {name}, որը data/-ում չկա</translation>
    </message>
    <message>
      <source>The disk is full: the attachment was not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ կցորդը չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the attachment was not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ կցորդը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the attachment was not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ կցորդը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk is full: the {count} files being attached were not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ կցվող {count} ֆայլերը չպահպանվեցին. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the {count} files being attached were not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ կցվող {count} ֆայլերը չպահպանվեցին։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the {count} files being attached were not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ կցվող {count} ֆայլերը չպահպանվեցին։</translation>
    </message>
    <message>
      <source>The disk is full: the bundle {name} was not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ {name} փաթեթը չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the bundle {name} was not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ {name} փաթեթը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the bundle {name} was not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ {name} փաթեթը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk is full: the export was not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ արտահանումը չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the export was not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ արտահանումը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the export was not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ արտահանումը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk is full: the preview was not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ նախադիտումը չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the preview was not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ նախադիտումը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the preview was not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ նախադիտումը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk is full: the backup was not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ պահուստային պատճենը չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the backup was not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ պահուստային պատճենը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the backup was not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ պահուստային պատճենը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk is full: the backup made before the format upgrade was not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ ձևաչափի թարմացումից առաջ արված պահուստային պատճենը չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the backup made before the format upgrade was not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ ձևաչափի թարմացումից առաջ արված պահուստային պատճենը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the backup made before the format upgrade was not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ ձևաչափի թարմացումից առաջ արված պահուստային պատճենը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk is full: the format upgrade was not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ ձևաչափի թարմացումը չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the format upgrade was not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ ձևաչափի թարմացումը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the format upgrade was not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ ձևաչափի թարմացումը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk is full: the erase was not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ ջնջումը չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the erase was not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ ջնջումը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the erase was not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ ջնջումը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk is full: the key slots were not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ բանալու սլոթները չպահպանվեցին. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the key slots were not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ բանալու սլոթները չպահպանվեցին։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the key slots were not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ բանալու սլոթները չպահպանվեցին։</translation>
    </message>
    <message>
      <source>The disk is full: the rekey was not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ բանալու փոփոխությունը չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the rekey was not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ բանալու փոփոխությունը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the rekey was not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ բանալու փոփոխությունը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk is full: the vault state was not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ պահոցի վիճակը չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the vault state was not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ պահոցի վիճակը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the vault state was not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ պահոցի վիճակը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk is full: the vault database was not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ պահոցի տվյալների բազան չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the vault database was not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ պահոցի տվյալների բազան չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the vault database was not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ պահոցի տվյալների բազան չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk is full: the new vault was not saved; the vault is unchanged.</source>
      <translation>Սկավառակը լցված է՝ նոր պահոցը չպահպանվեց. պահոցը չի փոխվել։</translation>
    </message>
    <message>
      <source>The disk is read-only: the new vault was not saved.</source>
      <translation>Սկավառակը միայն ընթերցման համար է՝ նոր պահոցը չպահպանվեց։</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the new vault was not saved.</source>
      <translation>Սկավառակը մերժեց գրումը ({reason})՝ նոր պահոցը չպահպանվեց։</translation>
    </message>
    <message>
      <source>imported from bundle {bundle}, signer {status} {fingerprint}</source>
      <translation>ներմուծված է {bundle} փաթեթից, ստորագրող՝ {status} {fingerprint}</translation>
    </message>
    <message>
      <source>Metadata stripped (tags, names, GPS, times, tracks that are neither sound nor picture); voices and faces are NOT redacted</source>
      <translation>Մետատվյալները հեռացված են (պիտակներ, անուններ, GPS, ժամանակներ, հետքեր, որոնք ոչ ձայն են, ոչ պատկեր). ձայներն ու դեմքերը ՔՈՂԱՐԿՎԱԾ ՉԵՆ</translation>
    </message>
    <message>
      <source>{count} box(es) burned in on page(s) {pages} ({reasons})</source>
      <translation>այրված ուղղանկյուններ՝ {count}, էջեր՝ {pages} ({reasons})</translation>
    </message>
    <message>
      <source>Rebuilt from its pixels alone; it carried no metadata</source>
      <translation>Վերակառուցված է միայն պիքսելներից. այն մետատվյալներ չուներ</translation>
    </message>
    <message>
      <source>No automatic text hits on any page</source>
      <translation>Ոչ մի էջում տեքստի ավտոմատ գտածոներ չկան</translation>
    </message>
    <message>
      <source>{count} box(es) burned in ({reasons})</source>
      <translation>այրված ուղղանկյուններ՝ {count} ({reasons})</translation>
    </message>
    <message>
      <source>Rebuilt from {count} page image(s) at {dpi} dpi: text layer, fonts, annotations, forms, links, attachments and document information removed</source>
      <translation>Վերակառուցված է էջերի պատկերներից ({count})՝ {dpi} dpi. տեքստային շերտը, տառատեսակները, ծանոթագրությունները, ձևերը, հղումները, կցորդները և փաստաթղթի տեղեկությունները հեռացված են</translation>
    </message>
    <message>
      <source>Rebuilt from its pixels alone: {removed} removed</source>
      <translation>Վերակառուցված է միայն պիքսելներից. հեռացված է՝ {removed}</translation>
    </message>
    <message>
      <source>{count} automatic text hit(s) covered ({reasons}); {pages}</source>
      <translation>ծածկված տեքստի ավտոմատ գտածոներ՝ {count} ({reasons}). {pages}</translation>
    </message>
    <message>
      <source>{escape_invisible_blob_name} is already in this case as {row_0_or_attachment} ({row_1_8}, {row_2}): nothing was taken in.</source>
      <translation>{escape_invisible_blob_name}-ն արդեն այս գործում է որպես {row_0_or_attachment} ({row_1_8}, {row_2})՝ ոչինչ չի ընդունվել։</translation>
    </message>
    <message>
      <source>Another export or backup is writing {path_parent_path_name_1_8} now; wait for it to finish or choose another name.</source>
      <translation>Մեկ այլ արտահանում կամ պահուստավորում հիմա գրում է {path_parent_path_name_1_8}-ը. սպասեք դրա ավարտին կամ ընտրեք այլ անուն։</translation>
    </message>
    <message>
      <source>The bundle has more than {self_limits_max_members} members; nothing was read.</source>
      <translation>Փաթեթում կա ավելի քան {self_limits_max_members} տարր. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is shorter than its header declares; nothing was read.</source>
      <translation>Փաթեթի {show_name_name} տարրն ավելի կարճ է, քան հայտարարում է իր վերնագիրը. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} declares {size} bytes, more than the {self_limits_max_member_bytes} allowed; nothing was read.</source>
      <translation>Փաթեթի {show_name_name} տարրը հայտարարում է {size} բայթ՝ թույլատրելի {self_limits_max_member_bytes}-ից ավելի. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle holds more than {self_limits_max_total_bytes} bytes in all; nothing was read.</source>
      <translation>Փաթեթն ընդհանուր առմամբ պարունակում է ավելի քան {self_limits_max_total_bytes} բայթ. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} holds more bytes than its header declares; nothing was read.</source>
      <translation>Փաթեթի {show_name_name} տարրը պարունակում է ավելի շատ բայթ, քան հայտարարում է իր վերնագիրը. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} {problem}; nothing was read.</source>
      <translation>Փաթեթի {show_name_name} տարրը՝ {problem}. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle members {show_name_earlier} and {show_name_name} {how}: one would overwrite the other on Windows or macOS; nothing was read.</source>
      <translation>Փաթեթի {show_name_earlier} և {show_name_name} տարրերը՝ {how}. Windows-ում կամ macOS-ում մեկը կվերագրեր մյուսին. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is both a file and a folder; nothing was read.</source>
      <translation>Փաթեթի {show_name_name} տարրը միաժամանակ ֆայլ է և թղթապանակ. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} appears twice; nothing was read.</source>
      <translation>Փաթեթի {show_name_name} տարրը հանդիպում է երկու անգամ. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle member {show_name_folder} is both a file and a folder; nothing was read.</source>
      <translation>Փաթեթի {show_name_folder} տարրը միաժամանակ ֆայլ է և թղթապանակ. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>{path_name} is not a bundle: expected a folder, a .zip file or an .age file.</source>
      <translation>{path_name}-ը փաթեթ չէ. սպասվում է թղթապանակ, .zip ֆայլ կամ .age ֆայլ։</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is not a regular file.</source>
      <translation>Փաթեթի {show_name_name} տարրը սովորական ֆայլ չէ։</translation>
    </message>
    <message>
      <source>The bundle member {show_name_member_name} changed while it was being read (is another program writing to the bundle?); do not use what was read.</source>
      <translation>Փաթեթի {show_name_member_name} տարրը փոխվեց կարդալու ընթացքում (մեկ այլ ծրագի՞ր է գրում փաթեթում). մի օգտագործեք կարդացածը։</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is {member_size} bytes, more than the {max_bytes} allowed for it; nothing was read.</source>
      <translation>Փաթեթի {show_name_name} տարրը {member_size} բայթ է՝ դրա համար թույլատրելի {max_bytes}-ից ավելի. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>There is no bundle at {path}.</source>
      <translation>{path}-ում փաթեթ չկա։</translation>
    </message>
    <message>
      <source>{path} is neither a folder nor a file.</source>
      <translation>{path}-ը ոչ թղթապանակ է, ոչ ֆայլ։</translation>
    </message>
    <message>
      <source>{path_name} is encrypted (age): give the identity file that opens it.</source>
      <translation>{path_name}-ը գաղտնագրված է (age). տվեք այն նույնականացման ֆայլը, որը բացում է այն։</translation>
    </message>
    <message>
      <source>Cannot open the bundle member {show_name_name} ({exc_strerror}): it was removed or replaced by a link while being read.</source>
      <translation>Հնարավոր չէ բացել փաթեթի {show_name_name} տարրը ({exc_strerror}). կարդալու ընթացքում այն հեռացվել է կամ փոխարինվել հղումով։</translation>
    </message>
    <message>
      <source>{show_name_name} in the bundle is not UTF-8.</source>
      <translation>Փաթեթում {show_name_name}-ը UTF-8 չէ։</translation>
    </message>
    <message>
      <source>{show_name_name} in the bundle is not valid JSON ({reason}).</source>
      <translation>Փաթեթում {show_name_name}-ը վավեր JSON չէ ({reason})։</translation>
    </message>
    <message>
      <source>The bundle has no file {show_name_name}.</source>
      <translation>Փաթեթում {show_name_name} ֆայլ չկա։</translation>
    </message>
    <message>
      <source>Cannot read the folder {show_name_folder_or_str_self_root}: {exc_strerror}.</source>
      <translation>Հնարավոր չէ կարդալ {show_name_folder_or_str_self_root} թղթապանակը՝ {exc_strerror}։</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is a symbolic link; nothing was read.</source>
      <translation>Փաթեթի {show_name_name} տարրը սիմվոլիկ հղում է. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is a device, FIFO or socket; nothing was read.</source>
      <translation>Փաթեթի {show_name_name} տարրը սարք է, FIFO կամ սոկետ. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle no longer holds {show_name_name}.</source>
      <translation>Փաթեթում այլևս չկա {show_name_name}։</translation>
    </message>
    <message>
      <source>{self__path_name} could not be decrypted: it is damaged, truncated or not an age file; nothing was read.</source>
      <translation>{self__path_name}-ը հնարավոր չեղավ վերծանել. այն վնասված է, կտրված է կամ age ֆայլ չէ. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle member {shown} is a sparse file; nothing was read.</source>
      <translation>Փաթեթի {shown} տարրը նոսր ֆայլ է. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle member {shown} {what}; nothing was read.</source>
      <translation>Փաթեթի {shown} տարրը՝ {what}. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle member {shown} has a tar member type this program does not read; nothing was read.</source>
      <translation>Փաթեթի {shown} տարրն ունի tar տարրի տեսակ, որը այս ծրագիրը չի կարդում. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The identity given does not open {self__path_name} (it was encrypted for someone else); nothing was read.</source>
      <translation>Տրված նույնականացումը չի բացում {self__path_name}-ը (այն գաղտնագրված է ուրիշի համար). ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle has data after the end of its archive (a damaged or doctored header); nothing was read.</source>
      <translation>Փաթեթում արխիվի ավարտից հետո տվյալներ կան (վնասված կամ կեղծված վերնագիր). ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle has an archive header larger than any bundle needs (a memory bomb); nothing was read.</source>
      <translation>Փաթեթի արխիվի վերնագիրն ավելի մեծ է, քան պետք է որևէ փաթեթի (հիշողության ռումբ). ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>{self__path_name} does not hold a tar archive; nothing was read.</source>
      <translation>{self__path_name}-ը tar արխիվ չի պարունակում. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The archive inside {path_name} is damaged ({exc}); nothing was read.</source>
      <translation>{path_name}-ի ներսում արխիվը վնասված է ({exc}). ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>Cannot read {show_name_name}.</source>
      <translation>Հնարավոր չէ կարդալ {show_name_name}-ը։</translation>
    </message>
    <message>
      <source>The archive inside {self__path_name} is damaged ({exc}); nothing was read.</source>
      <translation>{self__path_name}-ի ներսում արխիվը վնասված է ({exc}). ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle has more than {limits_max_members} members; nothing was read.</source>
      <translation>Փաթեթում կա ավելի քան {limits_max_members} տարր. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip's central directory is larger than any bundle needs; nothing was read.</source>
      <translation>zip-ի կենտրոնական գրացուցակն ավելի մեծ է, քան պետք է որևէ փաթեթի. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {show_name_name} points at no local header; nothing was read.</source>
      <translation>zip-ի {show_name_name} տարրը ոչ մի տեղային վերնագիր չի մատնանշում. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {show_name_name} has a truncated local header; nothing was read.</source>
      <translation>zip-ի {show_name_name} տարրի տեղային վերնագիրը կտրված է. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {shown} is encrypted; nothing was read.</source>
      <translation>zip-ի {shown} տարրը գաղտնագրված է. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {shown} uses a compression method other than deflate; nothing was read.</source>
      <translation>zip-ի {shown} տարրը սեղմված է deflate-ից տարբեր եղանակով. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {shown} has a non-ASCII name without the UTF-8 flag (its name depends on the tool that reads it); nothing was read.</source>
      <translation>zip-ի {shown} տարրն ունի ոչ ASCII անուն առանց UTF-8 դրոշի (դրա անունը կախված է այն կարդացող ծրագրից). ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {shown} carries a second (Unicode path) name that other tools would use instead; nothing was read.</source>
      <translation>zip-ի {shown} տարրը կրում է երկրորդ անուն (Unicode ուղի), որը այլ ծրագրեր կօգտագործեին փոխարենը. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {shown} is a symbolic link; nothing was read.</source>
      <translation>zip-ի {shown} տարրը սիմվոլիկ հղում է. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {shown} is a device, FIFO or other special file; nothing was read.</source>
      <translation>zip-ի {shown} տարրը սարք է, FIFO կամ այլ հատուկ ֆայլ. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {shown} has inconsistent sizes; nothing was read.</source>
      <translation>zip-ի {shown} տարրի չափերը անհամաձայն են. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {shown} would expand more than {limits_max_ratio}:1 ({info_compress_size} to {info_file_size} bytes): a zip bomb; nothing was read.</source>
      <translation>zip-ի {shown} տարրը կընդարձակվեր ավելի քան {limits_max_ratio}:1 ({info_compress_size}-ից {info_file_size} բայթ). zip ռումբ. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {show_name_spans_1_2} runs into the central directory; nothing was read.</source>
      <translation>zip-ի {show_name_spans_1_2} տարրը մտնում է կենտրոնական գրացուցակի մեջ. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>{path_name} is not a readable zip archive ({exc}); nothing was read.</source>
      <translation>{path_name}-ը ընթեռնելի zip արխիվ չէ ({exc}). ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {show_name_name} is damaged ({exc}); nothing was read.</source>
      <translation>zip-ի {show_name_name} տարրը վնասված է ({exc}). ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip folder entry {shown} holds data; nothing was read.</source>
      <translation>zip-ի {shown} թղթապանակի գրառումը տվյալներ է պարունակում. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip entries {show_name_name} and {show_name_other} overlap (the same bytes counted twice: a zip bomb or a smuggled file); nothing was read.</source>
      <translation>zip-ի {show_name_name} և {show_name_other} գրառումները համընկնում են (նույն բայթերը հաշված են երկու անգամ. zip ռումբ կամ ներխցկված ֆայլ). ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {show_name_info_orig_filename} has another name ({show_name_local_name_decode_utf_8_replace}) in its local header: tools would disagree about what it holds; nothing was read.</source>
      <translation>zip-ի {show_name_info_orig_filename} տարրն իր տեղային վերնագրում այլ անուն ունի ({show_name_local_name_decode_utf_8_replace}). ծրագրերը տարբեր կկարծեին, թե ինչ է այն պարունակում. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The zip member {show_name_info_orig_filename} carries a second (Unicode path) name that other tools would use; nothing was read.</source>
      <translation>zip-ի {show_name_info_orig_filename} տարրը կրում է երկրորդ անուն (Unicode ուղի), որը կօգտագործեին այլ ծրագրեր. ոչինչ չի կարդացվել։</translation>
    </message>
    <message>
      <source>The bundle does not check out: {shown}{more}.</source>
      <translation>Փաթեթը չի անցնում ստուգումը՝ {shown}{more}։</translation>
    </message>
    <message>
      <source>{name} would carry {code}, which reads as a record code but names no record of this bundle (records.json has no entry for it); redact or correct that text; nothing was exported.</source>
      <translation>{name}-ը կպարունակեր {code}, որը կարդացվում է որպես գրառման կոդ, բայց այս փաթեթի ոչ մի գրառում չի նշում (records.json-ում դրա համար գրառում չկա). քողարկեք կամ ուղղեք այդ տեքստը. ոչինչ չի արտահանվել։</translation>
    </message>
    <message>
      <source>Import refused: archive: {detail}</source>
      <translation>Ներմուծումը մերժված է՝ archive. {detail}</translation>
    </message>
    <message>
      <source>Import refused: {name}: {detail}; nothing was imported.</source>
      <translation>Ներմուծումը մերժված է՝ {name}. {detail}. ոչինչ չի ներմուծվել։</translation>
    </message>
    <message>
      <source>Import refused: bundle {bundle_id} was already imported on {row_0_10} (as case {row_1}); nothing was imported.</source>
      <translation>Ներմուծումը մերժված է՝ {bundle_id} փաթեթն արդեն ներմուծվել է {row_0_10}-ին (որպես {row_1} գործ). ոչինչ չի ներմուծվել։</translation>
    </message>
    <message>
      <source>Import refused: {show_name_name} changed while it was read; nothing was imported.</source>
      <translation>Ներմուծումը մերժված է՝ {show_name_name}-ը փոխվեց կարդալու ընթացքում. ոչինչ չի ներմուծվել։</translation>
    </message>
    <message>
      <source>Import refused: {show_name_name} is not the original whose intake hash {RECORDS} gives; nothing was imported.</source>
      <translation>Ներմուծումը մերժված է՝ {show_name_name}-ը այն բնօրինակը չէ, որի ընդունման հեշը տալիս է {RECORDS}-ը. ոչինչ չի ներմուծվել։</translation>
    </message>
    <message>
      <source>Import refused: the statement text {show_name_name} is larger than {MAX_TEXT_FILE_BYTES_1024_1024} MiB; nothing was imported.</source>
      <translation>Ներմուծումը մերժված է՝ ցուցմունքի {show_name_name} տեքստը {MAX_TEXT_FILE_BYTES_1024_1024} ՄիԲ-ից մեծ է. ոչինչ չի ներմուծվել։</translation>
    </message>
    <message>
      <source>Import refused: {show_name_min_missing} could not be read from the bundle; nothing was imported.</source>
      <translation>Ներմուծումը մերժված է՝ {show_name_min_missing}-ը հնարավոր չեղավ կարդալ փաթեթից. ոչինչ չի ներմուծվել։</translation>
    </message>
    <message>
      <source>Import refused: the statement text {show_name_name} is not UTF-8 (invalid byte at offset {exc_start}); nothing was imported.</source>
      <translation>Ներմուծումը մերժված է՝ ցուցմունքի {show_name_name} տեքստը UTF-8 չէ (անվավեր բայթ {exc_start} դիրքում). ոչինչ չի ներմուծվել։</translation>
    </message>
    <message>
      <source>{RECORDS}: {self_where}: {problem}</source>
      <translation>{RECORDS}. {self_where}. {problem}</translation>
    </message>
    <message>
      <source>{RECORDS}: {name} is not a list.</source>
      <translation>{RECORDS}. {name}-ը ցուցակ չէ։</translation>
    </message>
    <message>
      <source>{RECORDS} is not a JSON object.</source>
      <translation>{RECORDS}-ը JSON օբյեկտ չէ։</translation>
    </message>
    <message>
      <source>{RECORDS}: the reference {show_name_ref_40} is used twice.</source>
      <translation>{RECORDS}. {show_name_ref_40} հղումն օգտագործված է երկու անգամ։</translation>
    </message>
    <message>
      <source>{RECORDS}: {where} is not an object.</source>
      <translation>{RECORDS}. {where}-ը օբյեկտ չէ։</translation>
    </message>
    <message>
      <source>An Ed25519 public key is 32 bytes long.</source>
      <translation>Ed25519 բաց բանալին 32 բայթ երկարություն ունի։</translation>
    </message>
    <message>
      <source>That is not a minisign public key (expected one base64 line, optionally after an 'untrusted comment:' line).</source>
      <translation>Սա minisign բաց բանալի չէ (սպասվում է մեկ base64 տող, հնարավոր է 'untrusted comment:' տողից հետո)։</translation>
    </message>
    <message>
      <source>That is not a minisign Ed25519 public key.</source>
      <translation>Սա minisign Ed25519 բաց բանալի չէ։</translation>
    </message>
    <message>
      <source>The signature file does not have minisign's four lines.</source>
      <translation>Ստորագրության ֆայլը չունի minisign-ի չորս տողերը։</translation>
    </message>
    <message>
      <source>The signature file does not start with 'untrusted comment:'.</source>
      <translation>Ստորագրության ֆայլը չի սկսվում 'untrusted comment:'-ով։</translation>
    </message>
    <message>
      <source>The signature file has no 'trusted comment:' line.</source>
      <translation>Ստորագրության ֆայլում 'trusted comment:' տող չկա։</translation>
    </message>
    <message>
      <source>The signature line has the wrong length for minisign.</source>
      <translation>Ստորագրության տողը minisign-ի համար սխալ երկարություն ունի։</translation>
    </message>
    <message>
      <source>The global signature has the wrong length for minisign.</source>
      <translation>Գլոբալ ստորագրությունը minisign-ի համար սխալ երկարություն ունի։</translation>
    </message>
    <message>
      <source>The signature uses minisign's legacy (non-prehashed) format; only prehashed signatures are accepted, as `minisign -V -H` requires.</source>
      <translation>Ստորագրությունն օգտագործում է minisign-ի հնացած (առանց նախնական հեշավորման) ձևաչափը. ընդունվում են միայն նախնական հեշավորմամբ ստորագրություններ, ինչպես պահանջում է `minisign -V -H`-ը։</translation>
    </message>
    <message>
      <source>The signature uses an algorithm minisign does not define.</source>
      <translation>Ստորագրությունն օգտագործում է ալգորիթմ, որը minisign-ը չի սահմանում։</translation>
    </message>
    <message>
      <source>The signature was made with key {key_id_text_parsed_key_id}, not with the expected key {key_id_text_key_key_id}.</source>
      <translation>Ստորագրությունը արված է {key_id_text_parsed_key_id} բանալիով, ոչ թե սպասվող {key_id_text_key_key_id} բանալիով։</translation>
    </message>
    <message>
      <source>A {which} comment cannot contain a line break or NUL.</source>
      <translation>{which} մեկնաբանությունը չի կարող պարունակել տողադարձ կամ NUL։</translation>
    </message>
    <message>
      <source>The {which} comment is longer than minisign allows.</source>
      <translation>{which} մեկնաբանությունն ավելի երկար է, քան թույլ է տալիս minisign-ը։</translation>
    </message>
    <message>
      <source>The {what} file is too large to be a minisign {what}.</source>
      <translation>{what} ֆայլը չափազանց մեծ է minisign-ի {what} լինելու համար։</translation>
    </message>
    <message>
      <source>The {what} file has a stray carriage return or NUL.</source>
      <translation>{what} ֆայլում կա ավելորդ կառետկայի վերադարձ կամ NUL։</translation>
    </message>
    <message>
      <source>A stored signing key must be 32 bytes long.</source>
      <translation>Պահված ստորագրման բանալին պետք է 32 բայթ երկարություն ունենա։</translation>
    </message>
    <message>
      <source>The signature does not match the signed file: it was changed after signing.</source>
      <translation>Ստորագրությունը չի համընկնում ստորագրված ֆայլի հետ. այն փոխվել է ստորագրելուց հետո։</translation>
    </message>
    <message>
      <source>The trusted comment of the signature was changed after signing.</source>
      <translation>Ստորագրության վստահելի մեկնաբանությունը փոխվել է ստորագրելուց հետո։</translation>
    </message>
    <message>
      <source>The {what} line is not valid base64.</source>
      <translation>{what} տողը վավեր base64 չէ։</translation>
    </message>
    <message>
      <source>The {what} file is not UTF-8 text.</source>
      <translation>{what} ֆայլը UTF-8 տեքստ չէ։</translation>
    </message>
    <message>
      <source>its redaction process answered out of protocol.</source>
      <translation>դրա քողարկման գործընթացը պատասխանեց արձանագրությունից դուրս։</translation>
    </message>
    <message>
      <source>its redaction process stopped unexpectedly ({exc}); nothing was exported.</source>
      <translation>դրա քողարկման գործընթացն անսպասելիորեն կանգ առավ ({exc}). ոչինչ չի արտահանվել։</translation>
    </message>
    <message>
      <source>The photo redaction process could not be started ({exc_data_reason}).</source>
      <translation>Հնարավոր չեղավ գործարկել լուսանկարների քողարկման գործընթացը ({exc_data_reason})։</translation>
    </message>
    <message>
      <source>The photo redaction process stopped as it started.</source>
      <translation>Լուսանկարների քողարկման գործընթացը կանգ առավ հենց գործարկվելիս։</translation>
    </message>
    <message>
      <source>{exc}; nothing was exported.</source>
      <translation>{exc}. ոչինչ չի արտահանվել։</translation>
    </message>
    <message>
      <source>Refused: {len_beyond} imported statement(s) were not released to this vault for {category}: {join_beyond}.</source>
      <translation>Մերժված է՝ ներմուծված ցուցմունքները ({len_beyond}) չեն փոխանցվել այս պահոցին {category}-ի համար՝ {join_beyond}։</translation>
    </message>
    <message>
      <source>{len_undecided} statement(s) have possible redactions nobody decided for the {plan_policy_profile} profile: {join_undecided}.</source>
      <translation>Ցուցմունքները ({len_undecided}) ունեն հնարավոր քողարկումներ, որոնց մասին {plan_policy_profile} պրոֆիլի համար ոչ ոք չի որոշել՝ {join_undecided}։</translation>
    </message>
    <message>
      <source>{len_unreviewed} attachment(s) have not been reviewed as exported: {join_unreviewed}.</source>
      <translation>Կցորդները ({len_unreviewed}) ստուգված չեն այնպես, ինչպես արտահանվում են՝ {join_unreviewed}։</translation>
    </message>
    <message>
      <source>A redaction at characters {hit_start}-{hit_end} does not match this text; run detection again on the current version.</source>
      <translation>{hit_start}-{hit_end} նիշերի քողարկումը չի համընկնում այս տեքստի հետ. նորից գործարկեք հայտնաբերումը ընթացիկ տարբերակի վրա։</translation>
    </message>
    <message>
      <source>The WAV file cannot be read: {exc}.</source>
      <translation>WAV ֆայլը հնարավոր չէ կարդալ՝ {exc}։</translation>
    </message>
    <message>
      <source>Refusing to decode: {outdated}</source>
      <translation>Ապակոդավորումը մերժված է՝ {outdated}</translation>
    </message>
    <message>
      <source>Statement {statement_id} ({statement_witness_code}) has {len_preview_undecided} possible redaction(s) nobody decided for the {policy_profile} profile.</source>
      <translation>{statement_id} ({statement_witness_code}) ցուցմունքն ունի հնարավոր քողարկումներ ({len_preview_undecided}), որոնց մասին {policy_profile} պրոֆիլի համար ոչ ոք չի որոշել։</translation>
    </message>
    <message>
      <source>This picture is an animation of {frames} frames; only still pictures can be redacted. Save the frame you need as PNG and attach that.</source>
      <translation>Այս պատկերը {frames} կադրից բաղկացած անիմացիա է. քողարկել կարելի է միայն անշարժ պատկերները։ Պահպանեք անհրաժեշտ կադրը որպես PNG և կցեք այն։</translation>
    </message>
    <message>
      <source>Box {index} contains a value that is not a finite number.</source>
      <translation>{index} ուղղանկյունը պարունակում է արժեք, որը վերջավոր թիվ չէ։</translation>
    </message>
    <message>
      <source>Box {index} has no area; its width and height must be positive.</source>
      <translation>{index} ուղղանկյունը մակերես չունի. դրա լայնությունը և բարձրությունը պետք է դրական լինեն։</translation>
    </message>
    <message>
      <source>This file is {what} ({found_media_type}); only JPEG, PNG, WebP and TIFF pictures can be redacted. Convert it to PNG or JPEG and attach the copy.</source>
      <translation>Այս ֆայլը {what} է ({found_media_type}). քողարկել կարելի է միայն JPEG, PNG, WebP և TIFF պատկերները։ Փոխարկեք այն PNG կամ JPEG ձևաչափի և կցեք պատճենը։</translation>
    </message>
    <message>
      <source>The picture declares no pixels and cannot be read.</source>
      <translation>Պատկերը պիքսելներ չի հայտարարում և հնարավոր չէ կարդալ։</translation>
    </message>
    <message>
      <source>The picture is {width}×{height} pixels ({width_height_1000000_0} megapixels); pictures above {max_pixels_1000000_0} megapixels cannot be redacted. Export a smaller copy from a photo editor and attach that.</source>
      <translation>Պատկերը {width}×{height} պիքսել է ({width_height_1000000_0} մեգապիքսել). {max_pixels_1000000_0} մեգապիքսելից մեծ պատկերները հնարավոր չէ քողարկել։ Լուսանկարների խմբագրիչից արտահանեք ավելի փոքր պատճեն և կցեք այն։</translation>
    </message>
    <message>
      <source>This TIFF holds {frames} pages; only single pictures can be redacted. Save it as a PDF and attach that instead.</source>
      <translation>Այս TIFF-ը պարունակում է {frames} էջ. քողարկել կարելի է միայն առանձին պատկերները։ Պահպանեք այն որպես PDF և կցեք դա։</translation>
    </message>
    <message>
      <source>This picture stores floating-point samples (scientific data); convert it to an ordinary 8- or 16-bit picture and attach that.</source>
      <translation>Այս պատկերը պահում է լողացող կետով նմուշներ (գիտական տվյալներ). փոխարկեք այն սովորական 8- կամ 16-բիթանոց պատկերի և կցեք այն։</translation>
    </message>
    <message>
      <source>an unexpected header</source>
      <translation>անսպասելի վերնագիր</translation>
    </message>
    <message>
      <source>data after the end of the picture</source>
      <translation>տվյալներ պատկերի ավարտից հետո</translation>
    </message>
    <message>
      <source>Box {index} is not four numbers (x, y, width, height).</source>
      <translation>{index} ուղղանկյունը չորս թիվ չէ (x, y, լայնություն, բարձրություն)։</translation>
    </message>
    <message>
      <source>The picture is too large to open in memory.</source>
      <translation>Պատկերը չափազանց մեծ է հիշողության մեջ բացելու համար։</translation>
    </message>
    <message>
      <source>This {fmt_upper} picture is damaged or truncated and cannot be read.</source>
      <translation>Այս {fmt_upper} պատկերը վնասված է կամ կտրված և հնարավոր չէ կարդալ։</translation>
    </message>
    <message>
      <source>This TIFF picture is damaged and cannot be read.</source>
      <translation>Այս TIFF պատկերը վնասված է և հնարավոր չէ կարդալ։</translation>
    </message>
    <message>
      <source>The picture is too large to decode in memory.</source>
      <translation>Պատկերը չափազանց մեծ է հիշողության մեջ ապակոդավորելու համար։</translation>
    </message>
    <message>
      <source>The picture is damaged or truncated (its pixel data ends early or does not decode) and cannot be redacted.</source>
      <translation>Պատկերը վնասված է կամ կտրված (դրա պիքսելային տվյալները վաղ են ավարտվում կամ չեն ապակոդավորվում) և հնարավոր չէ քողարկել։</translation>
    </message>
    <message>
      <source>an unreadable marker layout</source>
      <translation>մարկերների անընթեռնելի դասավորություն</translation>
    </message>
    <message>
      <source>a JPEG segment 0x{marker} (metadata)</source>
      <translation>JPEG 0x{marker} հատված (մետատվյալներ)</translation>
    </message>
    <message>
      <source>a PNG {tag_decode_latin_1} chunk</source>
      <translation>PNG {tag_decode_latin_1} հատված</translation>
    </message>
    <message>
      <source>a damaged PNG chunk</source>
      <translation>վնասված PNG հատված</translation>
    </message>
    <message>
      <source>a WebP {tag_decode_latin_1} chunk</source>
      <translation>WebP {tag_decode_latin_1} հատված</translation>
    </message>
    <message>
      <source>WebP metadata flags</source>
      <translation>WebP մետատվյալների դրոշներ</translation>
    </message>
    <message>
      <source>Audio or video in {media_format} cannot have its metadata stripped.</source>
      <translation>{media_format} ձևաչափի աուդիոյից կամ տեսանյութից մետատվյալները հնարավոր չէ հեռացնել։</translation>
    </message>
    <message>
      <source>A media header box is cut short.</source>
      <translation>Մեդիա վերնագրի բլոկը կտրված է։</translation>
    </message>
    <message>
      <source>A handler box is cut short.</source>
      <translation>Մշակողի բլոկը կտրված է։</translation>
    </message>
    <message>
      <source>A data reference box is cut short.</source>
      <translation>Տվյալների հղման բլոկը կտրված է։</translation>
    </message>
    <message>
      <source>A data reference box does not hold what it claims.</source>
      <translation>Տվյալների հղման բլոկը չի պարունակում այն, ինչ հայտարարում է։</translation>
    </message>
    <message>
      <source>A chunk offset box is cut short.</source>
      <translation>Հատվածների շեղումների բլոկը կտրված է։</translation>
    </message>
    <message>
      <source>A chunk offset box does not hold what it claims.</source>
      <translation>Հատվածների շեղումների բլոկը չի պարունակում այն, ինչ հայտարարում է։</translation>
    </message>
    <message>
      <source>A track of the media file has no handler.</source>
      <translation>Մեդիաֆայլի հետքը մշակող չունի։</translation>
    </message>
    <message>
      <source>The media file nests boxes deeper than any recording does.</source>
      <translation>Մեդիաֆայլը բլոկները ներդնում է ավելի խորը, քան որևէ ձայնագրություն։</translation>
    </message>
    <message>
      <source>Fragmented MP4 recordings cannot have their metadata stripped yet.</source>
      <translation>Մասնատված MP4 ձայնագրություններից մետատվյալները դեռ հնարավոր չէ հեռացնել։</translation>
    </message>
    <message>
      <source>The media file does not have exactly one movie box (moov).</source>
      <translation>Մեդիաֆայլն ունի ոչ ճիշտ մեկ movie բլոկ (moov)։</translation>
    </message>
    <message>
      <source>The media file has no movie header or no track to play.</source>
      <translation>Մեդիաֆայլը չունի movie վերնագիր կամ նվագարկելու հետք։</translation>
    </message>
    <message>
      <source>The file has more than {MAX_BOXES} boxes; it is refused.</source>
      <translation>Ֆայլում կա ավելի քան {MAX_BOXES} բլոկ. այն մերժված է։</translation>
    </message>
    <message>
      <source>A box of the media file is cut short or claims a size the file does not have.</source>
      <translation>Մեդիաֆայլի բլոկը կտրված է կամ հայտարարում է չափ, որը ֆայլը չունի։</translation>
    </message>
    <message>
      <source>The recording refers to media outside the file.</source>
      <translation>Ձայնագրությունը հղում է ֆայլից դուրս մեդիայի։</translation>
    </message>
    <message>
      <source>The recording is too large for its 32-bit chunk offsets.</source>
      <translation>Ձայնագրությունը չափազանց մեծ է իր 32-բիթանոց հատվածների շեղումների համար։</translation>
    </message>
    <message>
      <source>A track's samples lie outside the media data (mdat).</source>
      <translation>Հետքի նմուշները գտնվում են մեդիա տվյալներից (mdat) դուրս։</translation>
    </message>
    <message>
      <source>A chunk offset points outside the media data (mdat).</source>
      <translation>Հատվածի շեղումը մատնանշում է մեդիա տվյալներից (mdat) դուրս։</translation>
    </message>
    <message>
      <source>The MP3 file's ID3 tag runs past the end of the file.</source>
      <translation>MP3 ֆայլի ID3 պիտակը անցնում է ֆայլի ավարտից այն կողմ։</translation>
    </message>
    <message>
      <source>The MP3 file holds no MPEG audio frames.</source>
      <translation>MP3 ֆայլը MPEG աուդիո կադրեր չի պարունակում։</translation>
    </message>
    <message>
      <source>The MP3 file's ID3 tag has an invalid size.</source>
      <translation>MP3 ֆայլի ID3 պիտակն ունի անվավեր չափ։</translation>
    </message>
    <message>
      <source>The MP3 file's APE tag has an invalid size.</source>
      <translation>MP3 ֆայլի APE պիտակն ունի անվավեր չափ։</translation>
    </message>
    <message>
      <source>The MP3 file's Lyrics3 tag has an invalid size.</source>
      <translation>MP3 ֆայլի Lyrics3 պիտակն ունի անվավեր չափ։</translation>
    </message>
    <message>
      <source>The MP3 file's Lyrics3 tag has no beginning.</source>
      <translation>MP3 ֆայլի Lyrics3 պիտակը սկիզբ չունի։</translation>
    </message>
    <message>
      <source>The MP3 file's appended ID3 tag has an invalid size.</source>
      <translation>MP3 ֆայլի վերջում ավելացված ID3 պիտակն ունի անվավեր չափ։</translation>
    </message>
    <message>
      <source>The MP3 file's tags overlap one another.</source>
      <translation>MP3 ֆայլի պիտակները համընկնում են միմյանց։</translation>
    </message>
    <message>
      <source>A compact sample size table has a field size other than 4, 8 or 16.</source>
      <translation>Նմուշների չափերի կոմպակտ աղյուսակն ունի դաշտի չափ, որը 4, 8 կամ 16 չէ։</translation>
    </message>
    <message>
      <source>A track of the media file has chunks but no sample sizes.</source>
      <translation>Մեդիաֆայլի հետքն ունի հատվածներ, բայց նմուշների չափեր չունի։</translation>
    </message>
    <message>
      <source>A sample table of the media file is cut short.</source>
      <translation>Մեդիաֆայլի նմուշների աղյուսակը կտրված է։</translation>
    </message>
    <message>
      <source>A sample table of the media file does not hold what it claims.</source>
      <translation>Մեդիաֆայլի նմուշների աղյուսակը չի պարունակում այն, ինչ հայտարարում է։</translation>
    </message>
    <message>
      <source>A sample size table of the media file is cut short.</source>
      <translation>Մեդիաֆայլի նմուշների չափերի աղյուսակը կտրված է։</translation>
    </message>
    <message>
      <source>A track of the media file has chunks but no sample-to-chunk table.</source>
      <translation>Մեդիաֆայլի հետքն ունի հատվածներ, բայց չունի «նմուշ–հատված» աղյուսակ։</translation>
    </message>
    <message>
      <source>A track of the media file has fewer samples than its chunks hold.</source>
      <translation>Մեդիաֆայլի հետքն ունի ավելի քիչ նմուշներ, քան պարունակում են դրա հատվածները։</translation>
    </message>
    <message>
      <source>This file is not a PDF ({found_media_type}); it cannot be redacted as one.</source>
      <translation>Այս ֆայլը PDF չէ ({found_media_type}). այն հնարավոր չէ քողարկել որպես PDF։</translation>
    </message>
    <message>
      <source>Page {index_1} of the PDF has no size and cannot be read.</source>
      <translation>PDF-ի {index_1}-րդ էջը չափ չունի և հնարավոր չէ կարդալ։</translation>
    </message>
    <message>
      <source>Page {number} is {width_72}×{height_72} inches; rendered at {dpi} dpi it would be {pixels_1000000_0} megapixels, above the {cap_1000000_0} megapixel limit for one page.</source>
      <translation>{number}-րդ էջը {width_72}×{height_72} դյույմ է. {dpi} dpi-ով պատկերելիս այն կլիներ {pixels_1000000_0} մեգապիքսել՝ մեկ էջի {cap_1000000_0} մեգապիքսել սահմանից ավելի։</translation>
    </message>
    <message>
      <source>Box {index} names page {box_page}; pages are numbered from 1.</source>
      <translation>{index} ուղղանկյունը նշում է {box_page}-րդ էջը. էջերը համարակալվում են 1-ից։</translation>
    </message>
    <message>
      <source>The redacted PDF came out with {problem}; nothing was exported. This is a bug in Evidence Vault: please report it.</source>
      <translation>Քողարկված PDF-ը ստացվեց {problem}-ով. ոչինչ չի արտահանվել։ Սա սխալ է Evidence Vault-ում. խնդրում ենք հաղորդել դրա մասին։</translation>
    </message>
    <message>
      <source>Text span {start}-{end} lies outside page {self_page}'s text ({len_self_text} characters).</source>
      <translation>{start}-{end} տեքստային հատվածը գտնվում է {self_page}-րդ էջի տեքստից դուրս ({len_self_text} նիշ)։</translation>
    </message>
    <message>
      <source>The PDF has {count} page(s); there is no page {page}.</source>
      <translation>PDF-ն ունի {count} էջ. {page}-րդ էջ չկա։</translation>
    </message>
    <message>
      <source>The PDF has {count} pages; at most {max_pages} can be redacted at once. Split it into smaller PDFs and attach those.</source>
      <translation>PDF-ն ունի {count} էջ. միանգամից կարելի է քողարկել առավելագույնը {max_pages}-ը։ Բաժանեք այն ավելի փոքր PDF-ների և կցեք դրանք։</translation>
    </message>
    <message>
      <source>Page {index_1} of the PDF is damaged and cannot be read.</source>
      <translation>PDF-ի {index_1}-րդ էջը վնասված է և հնարավոր չէ կարդալ։</translation>
    </message>
    <message>
      <source>Box {index} is on page {box_page}, but the PDF has {count}.</source>
      <translation>{index} ուղղանկյունը {box_page}-րդ էջում է, բայց PDF-ն ունի {count} էջ։</translation>
    </message>
    <message>
      <source>A text hit is on page {span_page}, but the PDF has {count}.</source>
      <translation>Տեքստի գտածոն {span_page}-րդ էջում է, բայց PDF-ն ունի {count} էջ։</translation>
    </message>
    <message>
      <source>The PDF is damaged or incomplete and cannot be read.</source>
      <translation>PDF-ը վնասված է կամ թերի և հնարավոր չէ կարդալ։</translation>
    </message>
    <message>
      <source>The text of page {index_1} of the PDF cannot be read; the PDF is damaged.</source>
      <translation>PDF-ի {index_1}-րդ էջի տեքստը հնարավոր չէ կարդալ. PDF-ը վնասված է։</translation>
    </message>
    <message>
      <source>The PDF is password-protected; open it with its password, print it to a new PDF without protection and attach that copy.</source>
      <translation>PDF-ը պաշտպանված է գաղտնաբառով. բացեք այն գաղտնաբառով, տպեք նոր PDF-ի մեջ առանց պաշտպանության և կցեք այդ պատճենը։</translation>
    </message>
    <message>
      <source>This file is {media_format} ({media_media_type}): it cannot be redacted or stripped.</source>
      <translation>Այս ֆայլը {media_format} է ({media_media_type}). այն հնարավոր չէ քողարկել կամ մաքրել մետատվյալներից։</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} needs a new review for {profile}: {why}.</source>
      <translation>{attachment_id} կցորդին անհրաժեշտ է նոր ստուգում {profile}-ի համար՝ {why}։</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} as exported changed since it was shown (a box or a name changed): look at it again before marking it reviewed.</source>
      <translation>{attachment_id} կցորդը արտահանվող տեսքով փոխվել է ցուցադրվելուց հետո (փոխվել է ուղղանկյուն կամ անուն). նորից նայեք այն, նախքան ստուգված նշելը։</translation>
    </message>
    <message>
      <source>REVIEW</source>
      <translation>ՍՏՈՒԳՈՒՄ</translation>
    </message>
    <message>
      <source>ATTACHMENT</source>
      <translation>ԿՑՈՐԴ</translation>
    </message>
    <message>
      <source>PROFILE</source>
      <translation>ՊՐՈՖԻԼ</translation>
    </message>
    <message>
      <source>REVIEWED</source>
      <translation>ՍՏՈՒԳՎԵԼ Է</translation>
    </message>
    <message>
      <source>DERIVATIVE SHA256</source>
      <translation>ԱԾԱՆՑՅԱԼԻ SHA256</translation>
    </message>
    <message>
      <source>REVIEW STATE</source>
      <translation>ՍՏՈՒԳՄԱՆ ՎԻՃԱԿ</translation>
    </message>
    <message>
      <source>WHY</source>
      <translation>ԻՆՉՈՒ</translation>
    </message>
    <message>
      <source>Case {code} is already retracted (or its case is).</source>
      <translation>{code} գործն արդեն հետ է կանչված (կամ դրա գործը)։</translation>
    </message>
    <message>
      <source>Person {code} is already retracted (or its case is).</source>
      <translation>{code} անձն արդեն հետ է կանչված (կամ դրա գործը)։</translation>
    </message>
    <message>
      <source>Statement {code} is already retracted (or its case is).</source>
      <translation>{code} ցուցմունքն արդեն հետ է կանչված (կամ դրա գործը)։</translation>
    </message>
    <message>
      <source>Attachment {code} is already retracted (or its case is).</source>
      <translation>{code} կցորդն արդեն հետ է կանչված (կամ դրա գործը)։</translation>
    </message>
    <message>
      <source>Incident {code} is already retracted (or its case is).</source>
      <translation>{code} միջադեպն արդեն հետ է կանչված (կամ դրա գործը)։</translation>
    </message>
    <message>
      <source>Facility {code} is already retracted (or its case is).</source>
      <translation>{code} հաստատությունն արդեն հետ է կանչված (կամ դրա գործը)։</translation>
    </message>
    <message>
      <source>Link {code} is already retracted (or its case is).</source>
      <translation>{code} կապն արդեն հետ է կանչված (կամ դրա գործը)։</translation>
    </message>
    <message>
      <source>Person {code} is still used by {count} statement(s) ({using}): retract those statements first; nothing was retracted.</source>
      <translation>{code} անձը դեռ օգտագործվում է ցուցմունքներում ({count}՝ {using}). նախ հետ կանչեք այդ ցուցմունքները. ոչինչ հետ չի կանչվել։</translation>
    </message>
    <message>
      <source>Statement {code} is still used by {count} attachment(s) ({using}): move them to another statement (or to none) or retract them first; nothing was retracted.</source>
      <translation>{code} ցուցմունքը դեռ օգտագործվում է կցորդներում ({count}՝ {using}). տեղափոխեք դրանք մեկ այլ ցուցմունքի (կամ ոչ մեկին) կամ նախ հետ կանչեք դրանք. ոչինչ հետ չի կանչվել։</translation>
    </message>
    <message>
      <source>Facility {code} is still used by {count} incident(s) ({using}): correct their facility or retract them first; nothing was retracted.</source>
      <translation>{code} հաստատությունը դեռ օգտագործվում է միջադեպերում ({count}՝ {using}). ուղղեք դրանց հաստատությունը կամ նախ հետ կանչեք դրանք. ոչինչ հետ չի կանչվել։</translation>
    </message>
    <message>
      <source>{text} fits {count} records ({listed}): say which case, as CASE/CODE such as C-002/W-001.</source>
      <translation>{text}-ը համապատասխանում է գրառումների ({count}՝ {listed}). նշեք գործը ԳՈՐԾ/ԿՈԴ տեսքով, օրինակ՝ C-002/W-001։</translation>
    </message>
    <message>
      <source>{text} fits {count} records ({listed}): give more characters of the id.</source>
      <translation>{text}-ը համապատասխանում է գրառումների ({count}՝ {listed}). տվեք id-ի ավելի շատ նիշեր։</translation>
    </message>
    <message>
      <source>Cannot read the passphrase file {path}: {reason}.</source>
      <translation>Հնարավոր չէ կարդալ գաղտնաբառի ֆայլ {path}-ը՝ {reason}։</translation>
    </message>
    <message>
      <source>the passphrase file {path} can be read by other users of this computer (mode {mode}); make it private: chmod 600 {path}</source>
      <translation>գաղտնաբառի ֆայլ {path}-ը կարող են կարդալ այս համակարգչի այլ օգտատերերը (ռեժիմ {mode}). դարձրեք այն անձնական՝ chmod 600 {path}</translation>
    </message>
    <message>
      <source>The passphrase file {path} is far too large.</source>
      <translation>Գաղտնաբառի ֆայլ {path}-ը չափազանց մեծ է։</translation>
    </message>
    <message>
      <source>The passphrase file {path} is not UTF-8 text.</source>
      <translation>Գաղտնաբառի ֆայլ {path}-ը UTF-8 տեքստ չէ։</translation>
    </message>
    <message>
      <source>The passphrase file {path} is empty.</source>
      <translation>Գաղտնաբառի ֆայլ {path}-ը դատարկ է։</translation>
    </message>
    <message>
      <source>Cannot read the new passphrase file {path}: {reason}.</source>
      <translation>Հնարավոր չէ կարդալ նոր գաղտնաբառի ֆայլ {path}-ը՝ {reason}։</translation>
    </message>
    <message>
      <source>the new passphrase file {path} can be read by other users of this computer (mode {mode}); make it private: chmod 600 {path}</source>
      <translation>նոր գաղտնաբառի ֆայլ {path}-ը կարող են կարդալ այս համակարգչի այլ օգտատերերը (ռեժիմ {mode}). դարձրեք այն անձնական՝ chmod 600 {path}</translation>
    </message>
    <message>
      <source>The new passphrase file {path} is far too large.</source>
      <translation>Նոր գաղտնաբառի ֆայլ {path}-ը չափազանց մեծ է։</translation>
    </message>
    <message>
      <source>The new passphrase file {path} is not UTF-8 text.</source>
      <translation>Նոր գաղտնաբառի ֆայլ {path}-ը UTF-8 տեքստ չէ։</translation>
    </message>
    <message>
      <source>The new passphrase file {path} is empty.</source>
      <translation>Նոր գաղտնաբառի ֆայլ {path}-ը դատարկ է։</translation>
    </message>
    <message>
      <source>Cannot read the recovery code file {path}: {reason}.</source>
      <translation>Հնարավոր չէ կարդալ վերականգնման կոդի ֆայլ {path}-ը՝ {reason}։</translation>
    </message>
    <message>
      <source>the recovery code file {path} can be read by other users of this computer (mode {mode}); make it private: chmod 600 {path}</source>
      <translation>վերականգնման կոդի ֆայլ {path}-ը կարող են կարդալ այս համակարգչի այլ օգտատերերը (ռեժիմ {mode}). դարձրեք այն անձնական՝ chmod 600 {path}</translation>
    </message>
    <message>
      <source>The recovery code file {path} is far too large.</source>
      <translation>Վերականգնման կոդի ֆայլ {path}-ը չափազանց մեծ է։</translation>
    </message>
    <message>
      <source>The recovery code file {path} is not UTF-8 text.</source>
      <translation>Վերականգնման կոդի ֆայլ {path}-ը UTF-8 տեքստ չէ։</translation>
    </message>
    <message>
      <source>The recovery code file {path} is empty.</source>
      <translation>Վերականգնման կոդի ֆայլ {path}-ը դատարկ է։</translation>
    </message>
    <message>
      <source>{count} statement(s): {why}</source>
      <translation>ցուցմունքներ ({count})՝ {why}</translation>
    </message>
    <message>
      <source>Nothing to export for the {profile} profile: {detail}</source>
      <translation>{profile} պրոֆիլի համար արտահանելու ոչինչ չկա՝ {detail}</translation>
    </message>
    <message>
      <source>Nothing to export for the {profile} profile: the case has no statements or attachments.</source>
      <translation>{profile} պրոֆիլի համար արտահանելու ոչինչ չկա՝ գործում չկան ոչ ցուցմունքներ, ոչ կցորդներ։</translation>
    </message>
    <message>
      <source>this vault's own key</source>
      <translation>այս պահոցի սեփական բանալին</translation>
    </message>
    <message>
      <source>TRUSTED: this vault's own key</source>
      <translation>TRUSTED. այս պահոցի սեփական բանալին</translation>
    </message>
    <message>
      <source>No record with code {text}.</source>
      <translation>{text} կոդով գրառում չկա։</translation>
    </message>
    <message>
      <source>No record with code {text} in case {case}.</source>
      <translation>{case} գործում {text} կոդով գրառում չկա։</translation>
    </message>
    <message>
      <source>No record with id {text}.</source>
      <translation>{text} id-ով գրառում չկա։</translation>
    </message>
    <message>
      <source>No record with id {text} in case {case}.</source>
      <translation>{case} գործում {text} id-ով գրառում չկա։</translation>
    </message>
    <message>
      <source>No case with code {text}.</source>
      <translation>{text} կոդով գործ չկա։</translation>
    </message>
    <message>
      <source>No case with code {text} in case {case}.</source>
      <translation>{case} գործում {text} կոդով գործ չկա։</translation>
    </message>
    <message>
      <source>No case with id {text}.</source>
      <translation>{text} id-ով գործ չկա։</translation>
    </message>
    <message>
      <source>No case with id {text} in case {case}.</source>
      <translation>{case} գործում {text} id-ով գործ չկա։</translation>
    </message>
    <message>
      <source>No person with code {text}.</source>
      <translation>{text} կոդով անձ չկա։</translation>
    </message>
    <message>
      <source>No person with code {text} in case {case}.</source>
      <translation>{case} գործում {text} կոդով անձ չկա։</translation>
    </message>
    <message>
      <source>No person with id {text}.</source>
      <translation>{text} id-ով անձ չկա։</translation>
    </message>
    <message>
      <source>No person with id {text} in case {case}.</source>
      <translation>{case} գործում {text} id-ով անձ չկա։</translation>
    </message>
    <message>
      <source>No statement with code {text}.</source>
      <translation>{text} կոդով ցուցմունք չկա։</translation>
    </message>
    <message>
      <source>No statement with code {text} in case {case}.</source>
      <translation>{case} գործում {text} կոդով ցուցմունք չկա։</translation>
    </message>
    <message>
      <source>No statement with id {text}.</source>
      <translation>{text} id-ով ցուցմունք չկա։</translation>
    </message>
    <message>
      <source>No statement with id {text} in case {case}.</source>
      <translation>{case} գործում {text} id-ով ցուցմունք չկա։</translation>
    </message>
    <message>
      <source>No attachment with code {text}.</source>
      <translation>{text} կոդով կցորդ չկա։</translation>
    </message>
    <message>
      <source>No attachment with code {text} in case {case}.</source>
      <translation>{case} գործում {text} կոդով կցորդ չկա։</translation>
    </message>
    <message>
      <source>No attachment with id {text}.</source>
      <translation>{text} id-ով կցորդ չկա։</translation>
    </message>
    <message>
      <source>No attachment with id {text} in case {case}.</source>
      <translation>{case} գործում {text} id-ով կցորդ չկա։</translation>
    </message>
    <message>
      <source>No incident with code {text}.</source>
      <translation>{text} կոդով միջադեպ չկա։</translation>
    </message>
    <message>
      <source>No incident with code {text} in case {case}.</source>
      <translation>{case} գործում {text} կոդով միջադեպ չկա։</translation>
    </message>
    <message>
      <source>No incident with id {text}.</source>
      <translation>{text} id-ով միջադեպ չկա։</translation>
    </message>
    <message>
      <source>No incident with id {text} in case {case}.</source>
      <translation>{case} գործում {text} id-ով միջադեպ չկա։</translation>
    </message>
    <message>
      <source>No facility with code {text}.</source>
      <translation>{text} կոդով հաստատություն չկա։</translation>
    </message>
    <message>
      <source>No facility with code {text} in case {case}.</source>
      <translation>{case} գործում {text} կոդով հաստատություն չկա։</translation>
    </message>
    <message>
      <source>No facility with id {text}.</source>
      <translation>{text} id-ով հաստատություն չկա։</translation>
    </message>
    <message>
      <source>No facility with id {text} in case {case}.</source>
      <translation>{case} գործում {text} id-ով հաստատություն չկա։</translation>
    </message>
    <message>
      <source>No link with code {text}.</source>
      <translation>{text} կոդով կապ չկա։</translation>
    </message>
    <message>
      <source>No link with code {text} in case {case}.</source>
      <translation>{case} գործում {text} կոդով կապ չկա։</translation>
    </message>
    <message>
      <source>No link with id {text}.</source>
      <translation>{text} id-ով կապ չկա։</translation>
    </message>
    <message>
      <source>No link with id {text} in case {case}.</source>
      <translation>{case} գործում {text} id-ով կապ չկա։</translation>
    </message>
    <message>
      <source>{text} is not a case of case {case}: it belongs to another case.</source>
      <translation>{text}-ը {case} գործի գործ չէ. այն պատկանում է մեկ այլ գործի։</translation>
    </message>
    <message>
      <source>{text} is not a person of case {case}: it belongs to another case.</source>
      <translation>{text}-ը {case} գործի անձ չէ. այն պատկանում է մեկ այլ գործի։</translation>
    </message>
    <message>
      <source>{text} is not a statement of case {case}: it belongs to another case.</source>
      <translation>{text}-ը {case} գործի ցուցմունք չէ. այն պատկանում է մեկ այլ գործի։</translation>
    </message>
    <message>
      <source>{text} is not a attachment of case {case}: it belongs to another case.</source>
      <translation>{text}-ը {case} գործի կցորդ չէ. այն պատկանում է մեկ այլ գործի։</translation>
    </message>
    <message>
      <source>{text} is not a incident of case {case}: it belongs to another case.</source>
      <translation>{text}-ը {case} գործի միջադեպ չէ. այն պատկանում է մեկ այլ գործի։</translation>
    </message>
    <message>
      <source>{text} is not a facility of case {case}: it belongs to another case.</source>
      <translation>{text}-ը {case} գործի հաստատություն չէ. այն պատկանում է մեկ այլ գործի։</translation>
    </message>
    <message>
      <source>{text} is not a link of case {case}: it belongs to another case.</source>
      <translation>{text}-ը {case} գործի կապ չէ. այն պատկանում է մեկ այլ գործի։</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a person.</source>
      <translation>{text}-ը գործի կոդ է, ոչ թե անձի։</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a statement.</source>
      <translation>{text}-ը գործի կոդ է, ոչ թե ցուցմունքի։</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a attachment.</source>
      <translation>{text}-ը գործի կոդ է, ոչ թե կցորդի։</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a incident.</source>
      <translation>{text}-ը գործի կոդ է, ոչ թե միջադեպի։</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a facility.</source>
      <translation>{text}-ը գործի կոդ է, ոչ թե հաստատության։</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a link.</source>
      <translation>{text}-ը գործի կոդ է, ոչ թե կապի։</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a case.</source>
      <translation>{text}-ը անձի կոդ է, ոչ թե գործի։</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a statement.</source>
      <translation>{text}-ը անձի կոդ է, ոչ թե ցուցմունքի։</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a attachment.</source>
      <translation>{text}-ը անձի կոդ է, ոչ թե կցորդի։</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a incident.</source>
      <translation>{text}-ը անձի կոդ է, ոչ թե միջադեպի։</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a facility.</source>
      <translation>{text}-ը անձի կոդ է, ոչ թե հաստատության։</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a link.</source>
      <translation>{text}-ը անձի կոդ է, ոչ թե կապի։</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a case.</source>
      <translation>{text}-ը ցուցմունքի կոդ է, ոչ թե գործի։</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a person.</source>
      <translation>{text}-ը ցուցմունքի կոդ է, ոչ թե անձի։</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a attachment.</source>
      <translation>{text}-ը ցուցմունքի կոդ է, ոչ թե կցորդի։</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a incident.</source>
      <translation>{text}-ը ցուցմունքի կոդ է, ոչ թե միջադեպի։</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a facility.</source>
      <translation>{text}-ը ցուցմունքի կոդ է, ոչ թե հաստատության։</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a link.</source>
      <translation>{text}-ը ցուցմունքի կոդ է, ոչ թե կապի։</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a case.</source>
      <translation>{text}-ը կցորդի կոդ է, ոչ թե գործի։</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a person.</source>
      <translation>{text}-ը կցորդի կոդ է, ոչ թե անձի։</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a statement.</source>
      <translation>{text}-ը կցորդի կոդ է, ոչ թե ցուցմունքի։</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a incident.</source>
      <translation>{text}-ը կցորդի կոդ է, ոչ թե միջադեպի։</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a facility.</source>
      <translation>{text}-ը կցորդի կոդ է, ոչ թե հաստատության։</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a link.</source>
      <translation>{text}-ը կցորդի կոդ է, ոչ թե կապի։</translation>
    </message>
    <message>
      <source>{text} is too short to name a record: give at least {count} characters of its id, or its code.</source>
      <translation>{text}-ը չափազանց կարճ է գրառում նշելու համար. տվեք id-ի առնվազն {count} նիշ կամ կոդը։</translation>
    </message>
    <message>
      <source>{text} is too short to name a case: give at least {count} characters of its id, or its code.</source>
      <translation>{text}-ը չափազանց կարճ է գործ նշելու համար. տվեք id-ի առնվազն {count} նիշ կամ կոդը։</translation>
    </message>
    <message>
      <source>{text} is too short to name a person: give at least {count} characters of its id, or its code.</source>
      <translation>{text}-ը չափազանց կարճ է անձ նշելու համար. տվեք id-ի առնվազն {count} նիշ կամ կոդը։</translation>
    </message>
    <message>
      <source>{text} is too short to name a statement: give at least {count} characters of its id, or its code.</source>
      <translation>{text}-ը չափազանց կարճ է ցուցմունք նշելու համար. տվեք id-ի առնվազն {count} նիշ կամ կոդը։</translation>
    </message>
    <message>
      <source>{text} is too short to name a attachment: give at least {count} characters of its id, or its code.</source>
      <translation>{text}-ը չափազանց կարճ է կցորդ նշելու համար. տվեք id-ի առնվազն {count} նիշ կամ կոդը։</translation>
    </message>
    <message>
      <source>{text} is too short to name a incident: give at least {count} characters of its id, or its code.</source>
      <translation>{text}-ը չափազանց կարճ է միջադեպ նշելու համար. տվեք id-ի առնվազն {count} նիշ կամ կոդը։</translation>
    </message>
    <message>
      <source>{text} is too short to name a facility: give at least {count} characters of its id, or its code.</source>
      <translation>{text}-ը չափազանց կարճ է հաստատություն նշելու համար. տվեք id-ի առնվազն {count} նիշ կամ կոդը։</translation>
    </message>
    <message>
      <source>{text} is too short to name a link: give at least {count} characters of its id, or its code.</source>
      <translation>{text}-ը չափազանց կարճ է կապ նշելու համար. տվեք id-ի առնվազն {count} նիշ կամ կոդը։</translation>
    </message>
    <message>
      <source>No record with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-ով գրառում չկա. տվեք id, դրա առաջին {count}+ նիշերը կամ կոդ, օրինակ՝ C-001, W-001, S-001, A-001։</translation>
    </message>
    <message>
      <source>No case with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-ով գործ չկա. տվեք id, դրա առաջին {count}+ նիշերը կամ կոդ, օրինակ՝ C-001, W-001, S-001, A-001։</translation>
    </message>
    <message>
      <source>No person with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-ով անձ չկա. տվեք id, դրա առաջին {count}+ նիշերը կամ կոդ, օրինակ՝ C-001, W-001, S-001, A-001։</translation>
    </message>
    <message>
      <source>No statement with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-ով ցուցմունք չկա. տվեք id, դրա առաջին {count}+ նիշերը կամ կոդ, օրինակ՝ C-001, W-001, S-001, A-001։</translation>
    </message>
    <message>
      <source>No attachment with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-ով կցորդ չկա. տվեք id, դրա առաջին {count}+ նիշերը կամ կոդ, օրինակ՝ C-001, W-001, S-001, A-001։</translation>
    </message>
    <message>
      <source>No incident with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-ով միջադեպ չկա. տվեք id, դրա առաջին {count}+ նիշերը կամ կոդ, օրինակ՝ C-001, W-001, S-001, A-001։</translation>
    </message>
    <message>
      <source>No facility with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-ով հաստատություն չկա. տվեք id, դրա առաջին {count}+ նիշերը կամ կոդ, օրինակ՝ C-001, W-001, S-001, A-001։</translation>
    </message>
    <message>
      <source>No link with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-ով կապ չկա. տվեք id, դրա առաջին {count}+ նիշերը կամ կոդ, օրինակ՝ C-001, W-001, S-001, A-001։</translation>
    </message>
    <message>
      <source>Name the record: an id, its first {count}+ characters, or a code.</source>
      <translation>Նշեք գրառումը՝ id, դրա առաջին {count}+ նիշերը կամ կոդ։</translation>
    </message>
    <message>
      <source>Name the case: an id, its first {count}+ characters, or a code.</source>
      <translation>Նշեք գործը՝ id, դրա առաջին {count}+ նիշերը կամ կոդ։</translation>
    </message>
    <message>
      <source>Name the person: an id, its first {count}+ characters, or a code.</source>
      <translation>Նշեք անձը՝ id, դրա առաջին {count}+ նիշերը կամ կոդ։</translation>
    </message>
    <message>
      <source>Name the statement: an id, its first {count}+ characters, or a code.</source>
      <translation>Նշեք ցուցմունքը՝ id, դրա առաջին {count}+ նիշերը կամ կոդ։</translation>
    </message>
    <message>
      <source>Name the attachment: an id, its first {count}+ characters, or a code.</source>
      <translation>Նշեք կցորդը՝ id, դրա առաջին {count}+ նիշերը կամ կոդ։</translation>
    </message>
    <message>
      <source>Name the incident: an id, its first {count}+ characters, or a code.</source>
      <translation>Նշեք միջադեպը՝ id, դրա առաջին {count}+ նիշերը կամ կոդ։</translation>
    </message>
    <message>
      <source>Name the facility: an id, its first {count}+ characters, or a code.</source>
      <translation>Նշեք հաստատությունը՝ id, դրա առաջին {count}+ նիշերը կամ կոդ։</translation>
    </message>
    <message>
      <source>Name the link: an id, its first {count}+ characters, or a code.</source>
      <translation>Նշեք կապը՝ id, դրա առաջին {count}+ նիշերը կամ կոդ։</translation>
    </message>
    <message>
      <source>No case with id {text}: it is {other}.</source>
      <translation>{text} id-ով գործ չկա. դա {other} է։</translation>
    </message>
    <message>
      <source>No person with id {text}: it is {other}.</source>
      <translation>{text} id-ով անձ չկա. դա {other} է։</translation>
    </message>
    <message>
      <source>No statement with id {text}: it is {other}.</source>
      <translation>{text} id-ով ցուցմունք չկա. դա {other} է։</translation>
    </message>
    <message>
      <source>No attachment with id {text}: it is {other}.</source>
      <translation>{text} id-ով կցորդ չկա. դա {other} է։</translation>
    </message>
    <message>
      <source>No incident with id {text}: it is {other}.</source>
      <translation>{text} id-ով միջադեպ չկա. դա {other} է։</translation>
    </message>
    <message>
      <source>No facility with id {text}: it is {other}.</source>
      <translation>{text} id-ով հաստատություն չկա. դա {other} է։</translation>
    </message>
    <message>
      <source>No link with id {text}: it is {other}.</source>
      <translation>{text} id-ով կապ չկա. դա {other} է։</translation>
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
  <context>
    <name>cli-help</name>
    <message>
      <source>the signers whose bundles this vault trusts</source>
      <translation>ստորագրողները, որոնց փաթեթներին վստահում է այս պահոցը</translation>
    </message>
    <message>
      <source>check a bundle: layout, hashes, signature, custody, signer</source>
      <translation>ստուգել փաթեթը. կառուցվածք, հեշեր, ստորագրություն, պահպանման շղթա, ստորագրող</translation>
    </message>
    <message>
      <source>verify a bundle, then take it in as a new case of imported records</source>
      <translation>ստուգել փաթեթը, ապա ընդունել այն որպես ներմուծված գրառումներով նոր գործ</translation>
    </message>
    <message>
      <source>trust a signer's key, from a minisign .pub file or a received bundle</source>
      <translation>վստահել ստորագրողի բանալուն՝ minisign-ի .pub ֆայլից կամ ստացված փաթեթից</translation>
    </message>
    <message>
      <source>a minisign public key file, or a bundle (folder, .zip, or .age with --identity) whose signature/signer.pub is read</source>
      <translation>minisign-ի բաց բանալու ֆայլ կամ փաթեթ (թղթապանակ, .zip կամ .age՝ --identity-ով), որից կարդացվում է signature/signer.pub-ը</translation>
    </message>
    <message>
      <source>who the key belongs to</source>
      <translation>ում է պատկանում բանալին</translation>
    </message>
    <message>
      <source>age identity file for an .age bundle</source>
      <translation>age նույնականացման ֆայլ՝ .age փաթեթի համար</translation>
    </message>
    <message>
      <source>the fingerprint the sender read out (64 hex digits, groups allowed); the key must match it, and no question is asked</source>
      <translation>ուղարկողի թելադրած մատնահետքը (64 տասնվեցական թվանշան, թույլատրվում են խմբեր). բանալին պետք է համընկնի դրան, և հարց չի տրվում</translation>
    </message>
    <message>
      <source>trust without asking (you compared the printed fingerprint yourself)</source>
      <translation>վստահել առանց հարցնելու (դուք ինքներդ եք համեմատել տպված մատնահետքը)</translation>
    </message>
    <message>
      <source>stop trusting a key; its bundles are refused</source>
      <translation>դադարել վստահել բանալուն. դրա փաթեթները մերժվում են</translation>
    </message>
    <message>
      <source>as `signer list` shows it</source>
      <translation>ինչպես ցույց է տալիս `signer list`-ը</translation>
    </message>
    <message>
      <source>trusted and revoked signers</source>
      <translation>վստահելի և չեղարկված ստորագրողներ</translation>
    </message>
    <message>
      <source>a JSON array (full fingerprints, ISO 8601 UTC) instead of a table</source>
      <translation>JSON զանգված (ամբողջական մատնահետքեր, ISO 8601 UTC)՝ աղյուսակի փոխարեն</translation>
    </message>
    <message>
      <source>a bundle folder, .zip or .age file</source>
      <translation>փաթեթի թղթապանակ, .zip կամ .age ֆայլ</translation>
    </message>
    <message>
      <source>the fingerprint the sender gave you by another route (64 hex digits, groups allowed): PINNED when it matches</source>
      <translation>մատնահետքը, որը ուղարկողը ձեզ հաղորդել է այլ ճանապարհով (64 տասնվեցական թվանշան, թույլատրվում են խմբեր). PINNED, եթե համընկնում է</translation>
    </message>
    <message>
      <source>one JSON report instead of text</source>
      <translation>մեկ JSON հաշվետվություն՝ տեքստի փոխարեն</translation>
    </message>
    <message>
      <source>the fingerprint the sender gave you by another route (PINNED); without it the signer must be in `signer list` (TRUSTED)</source>
      <translation>մատնահետքը, որը ուղարկողը ձեզ հաղորդել է այլ ճանապարհով (PINNED). առանց դրա ստորագրողը պետք է լինի `signer list`-ում (TRUSTED)</translation>
    </message>
    <message>
      <source>take in a bundle whose signer is neither trusted nor pinned; every imported record then says signer UNVERIFIED (a revoked or mismatched signer is still refused)</source>
      <translation>ընդունել փաթեթ, որի ստորագրողը ոչ վստահելի է, ոչ ամրագրված. այդ դեպքում յուրաքանչյուր ներմուծված գրառում նշում է՝ ստորագրող UNVERIFIED (չեղարկված կամ չհամընկնող ստորագրողը դարձյալ մերժվում է)</translation>
    </message>
    <message>
      <source>legal, government, ngo, media, public or evidence</source>
      <translation>legal, government, ngo, media, public կամ evidence</translation>
    </message>
    <message>
      <source>write a signed bundle of one case for one profile</source>
      <translation>գրել մեկ գործի ստորագրված փաթեթ՝ մեկ պրոֆիլի համար</translation>
    </message>
    <message>
      <source>code (C-001), id or id prefix</source>
      <translation>կոդ (C-001), id կամ id-ի նախածանց</translation>
    </message>
    <message>
      <source>the bundle to write (must not exist); .zip or .age is added when missing</source>
      <translation>գրվող փաթեթը (չպետք է գոյություն ունենա). .zip կամ .age ավելացվում է, եթե բացակայում է</translation>
    </message>
    <message>
      <source>encrypt the bundle to this age recipient (repeatable)</source>
      <translation>գաղտնագրել փաթեթը այս age ստացողի համար (կարելի է կրկնել)</translation>
    </message>
    <message>
      <source>one zip file instead of a folder</source>
      <translation>մեկ zip ֆայլ՝ թղթապանակի փոխարեն</translation>
    </message>
    <message>
      <source>only these statements and their attachments (S-001, id; repeatable)</source>
      <translation>միայն այս ցուցմունքները և դրանց կցորդները (S-001, id. կարելի է կրկնել)</translation>
    </message>
    <message>
      <source>leave out attachments not reviewed as exported, and say so</source>
      <translation>դուրս թողնել արտահանվող տեսքով չստուգված կցորդները և հայտնել այդ մասին</translation>
    </message>
    <message>
      <source>include audio/video (voices identify people)</source>
      <translation>ներառել աուդիո և վիդեո (ձայներով կարելի է ճանաչել մարդկանց)</translation>
    </message>
    <message>
      <source>name perpetrators even where the profile codes them (media, public)</source>
      <translation>անվանել իրավախախտներին նույնիսկ այնտեղ, որտեղ պրոֆիլը նրանց կոդավորում է (media, public)</translation>
    </message>
    <message>
      <source>code perpetrators even where the profile names them</source>
      <translation>կոդավորել իրավախախտներին նույնիսկ այնտեղ, որտեղ պրոֆիլը նրանց անվանում է</translation>
    </message>
    <message>
      <source>The desktop window starts from `evidence-vault` itself (with no command, or `gui`); everything also works from the command line below.</source>
      <translation>Ծրագրի պատուհանը բացվում է հենց `evidence-vault`-ով (առանց հրամանի կամ `gui`-ով). ամեն ինչ աշխատում է նաև ստորև նկարագրված հրամանային տողից։</translation>
    </message>
    <message>
      <source>open the desktop app</source>
      <translation>բացել ծրագրի պատուհանը</translation>
    </message>
    <message>
      <source>Encrypted, offline evidence vault for human-rights investigators.</source>
      <translation>Գաղտնագրված, անցանց ապացույցների պահոց՝ մարդու իրավունքների խախտումները հետաքննողների համար։</translation>
    </message>
    <message>
      <source>Passphrases are read from EVIDENCE_VAULT_PASSPHRASE, --passphrase-file, or the terminal; never from the command line.</source>
      <translation>Գաղտնաբառերը կարդացվում են EVIDENCE_VAULT_PASSPHRASE-ից, --passphrase-file-ից կամ տերմինալից, երբեք՝ հրամանային տողից։</translation>
    </message>
    <message>
      <source>show the program's version number and exit</source>
      <translation>ցույց տալ ծրագրի տարբերակի համարը և դուրս գալ</translation>
    </message>
    <message>
      <source>the vault folder</source>
      <translation>պահոցի թղթապանակը</translation>
    </message>
    <message>
      <source>read the passphrase from F</source>
      <translation>կարդալ գաղտնաբառը F-ից</translation>
    </message>
    <message>
      <source>open a throwaway sample vault</source>
      <translation>բացել փորձնական պահոց (կջնջվի)</translation>
    </message>
    <message>
      <source>language of messages: en, ru, hy or az (default: EVIDENCE_VAULT_LANG, the locale)</source>
      <translation>հաղորդագրությունների լեզուն. en, ru, hy կամ az (լռելյայն՝ EVIDENCE_VAULT_LANG, լոկալը)</translation>
    </message>
    <message>
      <source>a throwaway sample vault</source>
      <translation>փորձնական պահոց (կջնջվի)</translation>
    </message>
    <message>
      <source>{option} is not accepted: a passphrase on the command line shows in ps and the shell history; use --passphrase-file F, EVIDENCE_VAULT_PASSPHRASE or the terminal prompt</source>
      <translation>{option}-ը չի ընդունվում. հրամանային տողի գաղտնաբառը երևում է ps-ում և shell-ի պատմության մեջ. օգտագործեք --passphrase-file F, EVIDENCE_VAULT_PASSPHRASE կամ տերմինալի հարցումը</translation>
    </message>
    <message>
      <source>{option} takes no value: the recovery code is typed at the prompt or read with --recovery-code-file F, never from the command line</source>
      <translation>{option}-ը արժեք չի ընդունում. վերականգնման կոդը մուտքագրվում է հարցման ժամանակ կամ կարդացվում --recovery-code-file F-ով, երբեք՝ հրամանային տողից</translation>
    </message>
    <message>
      <source>{option} is not an option; passphrases are read from --passphrase-file F, EVIDENCE_VAULT_PASSPHRASE or the terminal, never from the command line</source>
      <translation>{option}-ը պարամետր չէ. գաղտնաբառերը կարդացվում են --passphrase-file F-ից, EVIDENCE_VAULT_PASSPHRASE-ից կամ տերմինալից, երբեք՝ հրամանային տողից</translation>
    </message>
    <message>
      <source>why it is corrected (kept in the vault beside the custody event, never exported)</source>
      <translation>ինչու է ուղղվում (պահվում է պահոցում՝ պահպանման իրադարձության կողքին, երբեք չի արտահանվում)</translation>
    </message>
    <message>
      <source>the case the codes are read in (C-001)</source>
      <translation>գործը, որում կարդացվում են կոդերը (C-001)</translation>
    </message>
    <message>
      <source>the operator name the custody log records</source>
      <translation>օպերատորի անունը, որը գրանցում է պահպանման շղթայի մատյանը</translation>
    </message>
    <message>
      <source>attachments already in the vault</source>
      <translation>պահոցում արդեն գտնվող կցորդներ</translation>
    </message>
    <message>
      <source>hide a record entered by mistake (kept, never deleted)</source>
      <translation>հետ կանչել սխալմամբ մուտքագրված գրառումը (պահվում է, երբեք չի ջնջվում)</translation>
    </message>
    <message>
      <source>the custody events in readable form, oldest first</source>
      <translation>պահպանման իրադարձությունները ընթեռնելի տեսքով՝ ամենահներից սկսած</translation>
    </message>
    <message>
      <source>events of this case and its records (C-001, id)</source>
      <translation>այս գործի և դրա գրառումների իրադարձությունները (C-001, id)</translation>
    </message>
    <message>
      <source>events of one record (a code such as W-001, an id)</source>
      <translation>մեկ գրառման իրադարձությունները (կոդ, օրինակ՝ W-001, կամ id)</translation>
    </message>
    <message>
      <source>from this day (2024-05-01) or UTC time (2024-05-01T14:30) on</source>
      <translation>սկսած այս օրվանից (2024-05-01) կամ UTC պահից (2024-05-01T14:30)</translation>
    </message>
    <message>
      <source>a JSON array of events (full ids, ISO 8601 UTC)</source>
      <translation>իրադարձությունների JSON զանգված (ամբողջական id-ներ, ISO 8601 UTC)</translation>
    </message>
    <message>
      <source>correct a person; prints the id and code (the code never changes)</source>
      <translation>ուղղել անձի տվյալները. տպում է id-ն և կոդը (կոդը երբեք չի փոխվում)</translation>
    </message>
    <message>
      <source>code (W-001), id or id prefix</source>
      <translation>կոդ (W-001), id կամ id-ի նախածանց</translation>
    </message>
    <message>
      <source>new primary name</source>
      <translation>նոր հիմնական անուն</translation>
    </message>
    <message>
      <source>replaces every alias (repeatable)</source>
      <translation>փոխարինում է բոլոր այլ անունները (կարելի է կրկնել)</translation>
    </message>
    <message>
      <source>remove every alias</source>
      <translation>հեռացնել բոլոր այլ անունները</translation>
    </message>
    <message>
      <source>give a further role: witness, victim, perpetrator, interviewer, interpreter or other (repeatable)</source>
      <translation>ավելացնել դեր. witness, victim, perpetrator, interviewer, interpreter կամ other (կարելի է կրկնել)</translation>
    </message>
    <message>
      <source>take a role away (repeatable)</source>
      <translation>հանել դերը (կարելի է կրկնել)</translation>
    </message>
    <message>
      <source>date of birth: 1990-04-02, 1990 or ~1990 ('' clears it)</source>
      <translation>ծննդյան ամսաթիվ. 1990-04-02, 1990 կամ ~1990 ('' ջնջում է այն)</translation>
    </message>
    <message>
      <source>correct an incident; prints its id</source>
      <translation>ուղղել միջադեպը. տպում է դրա id-ն</translation>
    </message>
    <message>
      <source>id or its first 6+ characters</source>
      <translation>id կամ դրա առաջին 6+ նիշը</translation>
    </message>
    <message>
      <source>violation type</source>
      <translation>խախտման տեսակը</translation>
    </message>
    <message>
      <source>2020-11-09, 2020-11, 2020 or ~2020-11 ('' clears it)</source>
      <translation>2020-11-09, 2020-11, 2020 կամ ~2020-11 ('' ջնջում է)</translation>
    </message>
    <message>
      <source>where it happened ('' clears it)</source>
      <translation>որտեղ է դա տեղի ունեցել ('' ջնջում է)</translation>
    </message>
    <message>
      <source>facility id or prefix ('' clears it)</source>
      <translation>հաստատության id կամ նախածանց ('' ջնջում է)</translation>
    </message>
    <message>
      <source>what happened ('' clears it)</source>
      <translation>ինչ է տեղի ունեցել ('' ջնջում է)</translation>
    </message>
    <message>
      <source>correct a facility; prints its id</source>
      <translation>ուղղել հաստատության տվյալները. տպում է դրա id-ն</translation>
    </message>
    <message>
      <source>new name</source>
      <translation>նոր անվանում</translation>
    </message>
    <message>
      <source>facility, organization, ...</source>
      <translation>facility, organization, ... (հաստատություն, կազմակերպություն, ...)</translation>
    </message>
    <message>
      <source>replaces the notes</source>
      <translation>փոխարինում է նշումները</translation>
    </message>
    <message>
      <source>change the operator name for every later event</source>
      <translation>փոխել օպերատորի անունը բոլոր հետագա իրադարձությունների համար</translation>
    </message>
    <message>
      <source>your name or code (INV-07)</source>
      <translation>ձեր անունը կամ կոդը (INV-07)</translation>
    </message>
    <message>
      <source>make an attachment belong to another statement</source>
      <translation>կցորդը կապել այլ ցուցմունքի հետ</translation>
    </message>
    <message>
      <source>code (A-001), id or id prefix</source>
      <translation>կոդ (A-001), id կամ id-ի նախածանց</translation>
    </message>
    <message>
      <source>the statement (S-002, id)</source>
      <translation>ցուցմունքը (S-002, id)</translation>
    </message>
    <message>
      <source>belong to no statement</source>
      <translation>չկապել որևէ ցուցմունքի հետ</translation>
    </message>
    <message>
      <source>e.g. person W-003, 3fa2c1</source>
      <translation>օրինակ՝ person W-003, 3fa2c1</translation>
    </message>
    <message>
      <source>why (kept in the vault)</source>
      <translation>ինչու (պահվում է պահոցում)</translation>
    </message>
    <message>
      <source>query syntax (docs/search.md):
  sargsyan batons     every word must match (AND)
  Grigoryan OR Sargsian   either
  "rubber batons"     a phrase: these words in this order
  Sarg*               words starting with Sarg (catches endings: Саргсян*)
  W-001, C-002        person and case codes
Spellings fold: case, Latin accents, ё/е, and transliteration between Latin,
Cyrillic, Armenian and Azerbaijani (seki = Şəki, Aliyev = Əliyev, Sargsian =
Саргсян = Սարգսյան). Exact matches are listed first. A query naming a registered
person also lists their mentions as redaction finds them (Давита Саргсяна).
Output: a table of type, record (its code, or its id's first 8 characters), case
code, field (page:N for a PDF page), match (exact, folded, person) and snippet;
--json: full ids, case_id, case_code, page and score.</source>
      <translation>հարցման շարահյուսությունը (docs/search.md).
  sargsyan մահակներ   պետք է համընկնի յուրաքանչյուր բառ (և)
  Grigoryan OR Sargsian   երկուսից որևէ մեկը
  "ռետինե մահակներ"   արտահայտություն. այս բառերը այս հերթականությամբ
  Sarg*               Sarg-ով սկսվող բառեր (ներառում է վերջավորությունները՝ Саргсян*)
  W-001, C-002        անձանց և գործերի կոդեր
Գրությունները համահարթեցվում են. մեծատառ/փոքրատառ, լատինական տարբերիչ նշաններ,
ё/е և տառադարձություն լատինական, կիրիլյան, հայկական և ադրբեջանական գրերի միջև
(seki = Şəki, Aliyev = Əliyev, Sargsian = Саргсян = Սարգսյան)։ Ճշգրիտ
համընկնումները ցուցադրվում են առաջինը։ Գրանցված անձին անվանող հարցումը ցույց է
տալիս նաև նրա հիշատակումները այնպես, ինչպես դրանք գտնում է քողարկումը
(Давита Саргсяна)։
Արդյունքը՝ աղյուսակ. տեսակ, գրառում (դրա կոդը կամ id-ի առաջին 8 նիշը), գործի
կոդ, դաշտ (page:N՝ PDF էջի համար), համընկնում (exact, folded, person) և հատված.
--json՝ ամբողջական id-ներ, case_id, case_code, page և score։</translation>
    </message>
    <message>
      <source>ISO 3166 code(s) of the countries whose phone formats the statements use, tried first by detection (repeatable or comma-separated: --region AM,RU)</source>
      <translation>այն երկրների ISO 3166 կոդերը, որոնց հեռախոսահամարների ձևաչափերն օգտագործում են ցուցմունքները. ճանաչման ժամանակ դրանք փորձարկվում են առաջինը (կարելի է կրկնել կամ գրել ստորակետով՝ --region AM,RU)</translation>
    </message>
    <message>
      <source>cases</source>
      <translation>գործեր</translation>
    </message>
    <message>
      <source>take files into the vault, encrypted and hashed</source>
      <translation>ընդունել ֆայլերը պահոց՝ գաղտնագրված և հեշավորված</translation>
    </message>
    <message>
      <source>list records</source>
      <translation>գրառումների ցանկ</translation>
    </message>
    <message>
      <source>persons of a case</source>
      <translation>գործի անձինք</translation>
    </message>
    <message>
      <source>consent of a person (a history: each is a new record)</source>
      <translation>անձի համաձայնությունը (պատմություն. յուրաքանչյուրը նոր գրառում է)</translation>
    </message>
    <message>
      <source>witness statements (versions kept)</source>
      <translation>վկաների ցուցմունքներ (տարբերակները պահվում են)</translation>
    </message>
    <message>
      <source>incidents</source>
      <translation>միջադեպեր</translation>
    </message>
    <message>
      <source>facilities and organizations</source>
      <translation>հաստատություններ և կազմակերպություններ</translation>
    </message>
    <message>
      <source>links between records of a case</source>
      <translation>գործի գրառումների միջև կապեր</translation>
    </message>
    <message>
      <source>one record with its history and links</source>
      <translation>մեկ գրառում՝ իր պատմությամբ և կապերով</translation>
    </message>
    <message>
      <source>full-text search (names, codes, statements, files)</source>
      <translation>ամբողջական տեքստային որոնում (անուններ, կոդեր, ցուցմունքներ, ֆայլեր)</translation>
    </message>
    <message>
      <source>create a case; prints its id and code (C-001)</source>
      <translation>ստեղծել գործ. տպում է դրա id-ն և կոդը (C-001)</translation>
    </message>
    <message>
      <source>the case's title</source>
      <translation>գործի անվանումը</translation>
    </message>
    <message>
      <source>change a case's title or regions; prints its id and code</source>
      <translation>փոխել գործի անվանումը կամ տարածաշրջանները. տպում է դրա id-ն և կոդը</translation>
    </message>
    <message>
      <source>the new title</source>
      <translation>նոր անվանումը</translation>
    </message>
    <message>
      <source>replaces the case's regions (--region '' clears them)</source>
      <translation>փոխարինում է գործի տարածաշրջանները (--region ''-ը ջնջում է դրանք)</translation>
    </message>
    <message>
      <source>the statement the files belong to (S-001, id)</source>
      <translation>ցուցմունքը, որին պատկանում են ֆայլերը (S-001, id)</translation>
    </message>
    <message>
      <source>take in a file whose content is already in the case (refused otherwise)</source>
      <translation>ընդունել ֆայլ, որի բովանդակությունն արդեն կա գործում (հակառակ դեպքում մերժվում է)</translation>
    </message>
    <message>
      <source>one or more files to take in</source>
      <translation>ընդունվող մեկ կամ մի քանի ֆայլ</translation>
    </message>
    <message>
      <source>what to list: %(choices)s</source>
      <translation>ինչ ցուցադրել. %(choices)s</translation>
    </message>
    <message>
      <source>only this case (C-001, id)</source>
      <translation>միայն այս գործը (C-001, id)</translation>
    </message>
    <message>
      <source>retracted records too, marked so</source>
      <translation>նաև հետ կանչված գրառումները՝ նշումով</translation>
    </message>
    <message>
      <source>a JSON array (full ids, ISO 8601 UTC times) instead of a table</source>
      <translation>JSON զանգված (ամբողջական id-ներ, ժամանակը՝ ISO 8601 UTC)՝ աղյուսակի փոխարեն</translation>
    </message>
    <message>
      <source>add a person; prints the id and the code (the code comes from the role)</source>
      <translation>ավելացնել անձ. տպում է id-ն և կոդը (կոդը կախված է դերից)</translation>
    </message>
    <message>
      <source>primary name</source>
      <translation>հիմնական անունը</translation>
    </message>
    <message>
      <source>another name (repeatable)</source>
      <translation>այլ անուն (կարելի է կրկնել)</translation>
    </message>
    <message>
      <source>witness, victim, perpetrator, interviewer, interpreter or other</source>
      <translation>witness, victim, perpetrator, interviewer, interpreter կամ other</translation>
    </message>
    <message>
      <source>e.g. 1990-04-02, 1990, ~1990</source>
      <translation>օրինակ՝ 1990-04-02, 1990, ~1990</translation>
    </message>
    <message>
      <source>free text about the person</source>
      <translation>ազատ տեքստ անձի մասին</translation>
    </message>
    <message>
      <source>record the person's current consent; prints its id</source>
      <translation>գրանցել անձի ընթացիկ համաձայնությունը. տպում է դրա id-ն</translation>
    </message>
    <message>
      <source>code (W-001), id or prefix</source>
      <translation>կոդ (W-001), id կամ նախածանց</translation>
    </message>
    <message>
      <source>the case the person's code is read in</source>
      <translation>գործը, որում կարդացվում է անձի կոդը</translation>
    </message>
    <message>
      <source>comma-separated: legal,ngo,government,media,public</source>
      <translation>ստորակետով՝ legal,ngo,government,media,public</translation>
    </message>
    <message>
      <source>consent withdrawn: share nothing</source>
      <translation>համաձայնությունը հետ է կանչված. ոչինչ չփոխանցել</translation>
    </message>
    <message>
      <source>needed with --share: may the name leave?</source>
      <translation>անհրաժեշտ է --share-ի հետ. կարո՞ղ է անունը փոխանցվել</translation>
    </message>
    <message>
      <source>may be re-contacted (default: no)</source>
      <translation>կարելի է կրկին կապ հաստատել (լռելյայն՝ ոչ)</translation>
    </message>
    <message>
      <source>when consent was given (default: today)</source>
      <translation>երբ է տրվել համաձայնությունը (լռելյայն՝ այսօր)</translation>
    </message>
    <message>
      <source>free text (how consent was given)</source>
      <translation>ազատ տեքստ (ինչպես է տրվել համաձայնությունը)</translation>
    </message>
    <message>
      <source>add a statement from a UTF-8 text file; prints its id and code (S-001)</source>
      <translation>ավելացնել ցուցմունք UTF-8 տեքստային ֆայլից. տպում է դրա id-ն և կոդը (S-001)</translation>
    </message>
    <message>
      <source>who gave it: person code (W-001) or id</source>
      <translation>ով է տվել. անձի կոդ (W-001) կամ id</translation>
    </message>
    <message>
      <source>the statement, UTF-8 text</source>
      <translation>ցուցմունքը, UTF-8 տեքստ</translation>
    </message>
    <message>
      <source>a translation, UTF-8 text</source>
      <translation>թարգմանություն, UTF-8 տեքստ</translation>
    </message>
    <message>
      <source>IETF tag of the translation</source>
      <translation>թարգմանության IETF պիտակը</translation>
    </message>
    <message>
      <source>IETF tag: hy, ru, en, az-Latn ...</source>
      <translation>IETF պիտակ. hy, ru, en, az-Latn ...</translation>
    </message>
    <message>
      <source>2021-03-14, 2021-03, 2021 or ~2021-03</source>
      <translation>2021-03-14, 2021-03, 2021 կամ ~2021-03</translation>
    </message>
    <message>
      <source>where the interview took place</source>
      <translation>որտեղ է անցկացվել հարցազրույցը</translation>
    </message>
    <message>
      <source>person code (W-002) or id</source>
      <translation>անձի կոդ (W-002) կամ id</translation>
    </message>
    <message>
      <source>person code (W-003) or id</source>
      <translation>անձի կոդ (W-003) կամ id</translation>
    </message>
    <message>
      <source>the kind of statement (default: first-account)</source>
      <translation>ցուցմունքի տեսակը (լռելյայն՝ first-account)</translation>
    </message>
    <message>
      <source>Istanbul Protocol topic (repeatable)</source>
      <translation>Ստամբուլյան արձանագրության թեմա (կարելի է կրկնել)</translation>
    </message>
    <message>
      <source>free-text tag (repeatable)</source>
      <translation>ազատ պիտակ (կարելի է կրկնել)</translation>
    </message>
    <message>
      <source>a new version of the text (decisions on unchanged text kept) and/or corrected metadata; prints the current version id and the statement's code</source>
      <translation>տեքստի նոր տարբերակ (չփոխված տեքստի վերաբերյալ որոշումները պահվում են) և/կամ ուղղված մետատվյալներ. տպում է ընթացիկ տարբերակի id-ն և ցուցմունքի կոդը</translation>
    </message>
    <message>
      <source>code (S-001), id or id prefix</source>
      <translation>կոդ (S-001), id կամ id-ի նախածանց</translation>
    </message>
    <message>
      <source>the case the codes are read in</source>
      <translation>գործը, որում կարդացվում են կոդերը</translation>
    </message>
    <message>
      <source>the new text: makes a new version</source>
      <translation>նոր տեքստը. ստեղծում է նոր տարբերակ</translation>
    </message>
    <message>
      <source>the new translation</source>
      <translation>նոր թարգմանությունը</translation>
    </message>
    <message>
      <source>IETF tag ('' clears it)</source>
      <translation>IETF պիտակ ('' ջնջում է)</translation>
    </message>
    <message>
      <source>2021-03-14, 2021-03, 2021 or ~2021 ('' clears it)</source>
      <translation>2021-03-14, 2021-03, 2021 կամ ~2021 ('' ջնջում է)</translation>
    </message>
    <message>
      <source>where the interview took place ('' clears it)</source>
      <translation>որտեղ է անցկացվել հարցազրույցը ('' ջնջում է)</translation>
    </message>
    <message>
      <source>person code or id ('' clears it)</source>
      <translation>անձի կոդ կամ id ('' ջնջում է)</translation>
    </message>
    <message>
      <source>the new kind</source>
      <translation>նոր տեսակը</translation>
    </message>
    <message>
      <source>record an incident; prints its id (incidents have no code)</source>
      <translation>գրանցել միջադեպ. տպում է դրա id-ն (միջադեպերը կոդ չունեն)</translation>
    </message>
    <message>
      <source>2020-11-09, 2020-11, 2020, ~2020-11 or 'around 2020-11'</source>
      <translation>2020-11-09, 2020-11, 2020, ~2020-11 կամ 'around 2020-11'</translation>
    </message>
    <message>
      <source>where it happened</source>
      <translation>որտեղ է դա տեղի ունեցել</translation>
    </message>
    <message>
      <source>facility id or its first 6+ characters</source>
      <translation>հաստատության id կամ դրա առաջին 6+ նիշը</translation>
    </message>
    <message>
      <source>what happened</source>
      <translation>ինչ է տեղի ունեցել</translation>
    </message>
    <message>
      <source>record a facility or organization; prints its id</source>
      <translation>գրանցել հաստատություն կամ կազմակերպություն. տպում է դրա id-ն</translation>
    </message>
    <message>
      <source>the facility's or organization's name</source>
      <translation>հաստատության կամ կազմակերպության անվանումը</translation>
    </message>
    <message>
      <source>facility, organization, ... (default: facility)</source>
      <translation>facility, organization, ... (հաստատություն, կազմակերպություն, .... լռելյայն՝ facility)</translation>
    </message>
    <message>
      <source>free text</source>
      <translation>ազատ տեքստ</translation>
    </message>
    <message>
      <source>link two records; prints the link id</source>
      <translation>կապել երկու գրառում. տպում է կապի id-ն</translation>
    </message>
    <message>
      <source>e.g. person:W-001, statement:S-001, incident:3fa2c1</source>
      <translation>օրինակ՝ person:W-001, statement:S-001, incident:3fa2c1</translation>
    </message>
    <message>
      <source>the other record, as --from</source>
      <translation>մյուս գրառումը՝ նույն ձևով, ինչ --from-ը</translation>
    </message>
    <message>
      <source>what the link means (free word)</source>
      <translation>ինչ է նշանակում կապը (ազատ բառ)</translation>
    </message>
    <message>
      <source>a code (C-001, W-001, S-001, A-001), an id or its first 6+ characters; TYPE (case, person, statement, ...) only narrows the search</source>
      <translation>կոդ (C-001, W-001, S-001, A-001), id կամ դրա առաջին 6+ նիշը. TYPE-ը (case, person, statement, ...) միայն նեղացնում է որոնումը</translation>
    </message>
    <message>
      <source>one JSON object (full ids, ISO 8601 UTC times) instead of a summary</source>
      <translation>մեկ JSON օբյեկտ (ամբողջական id-ներ, ժամանակը՝ ISO 8601 UTC)՝ ամփոփման փոխարեն</translation>
    </message>
    <message>
      <source>words to find (see below)</source>
      <translation>որոնվող բառեր (տե՛ս ստորև)</translation>
    </message>
    <message>
      <source>where this person is mentioned, as redaction finds them (W-001, id or prefix)</source>
      <translation>որտեղ է հիշատակվում այս անձը՝ այնպես, ինչպես գտնում է քողարկումը (W-001, id կամ նախածանց)</translation>
    </message>
    <message>
      <source>only records of this case</source>
      <translation>միայն այս գործի գրառումները</translation>
    </message>
    <message>
      <source>at most N hits (default %(default)s)</source>
      <translation>առավելագույնը N արդյունք (լռելյայն՝ %(default)s)</translation>
    </message>
    <message>
      <source>a JSON array of hits (full ids) instead of a table</source>
      <translation>արդյունքների JSON զանգված (ամբողջական id-ներ)՝ աղյուսակի փոխարեն</translation>
    </message>
    <message>
      <source>identity, contact, location, document or other</source>
      <translation>identity, contact, location, document կամ other</translation>
    </message>
    <message>
      <source>redaction proposals, decisions, spans, boxes, review</source>
      <translation>քողարկման առաջարկներ, որոշումներ, հատվածներ, շրջանակներ, ստուգում</translation>
    </message>
    <message>
      <source>detect names, contacts, documents, places</source>
      <translation>գտնել անուններ, կոնտակտներ, փաստաթղթեր, վայրեր</translation>
    </message>
    <message>
      <source>code (S-001), id or prefix</source>
      <translation>կոդ (S-001), id կամ նախածանց</translation>
    </message>
    <message>
      <source>the export you prepare (default: public). Everyone in the case is looked for; names this profile shows anyway are listed as "kept by profile" and need no decision</source>
      <translation>արտահանումը, որը պատրաստում եք (լռելյայն՝ public)։ Որոնվում են գործի բոլոր անձինք. այն անունները, որոնք այս պրոֆիլն ամեն դեպքում ցույց է տալիս, նշված են «պահպանված է ըստ պրոֆիլի» և որոշում չեն պահանջում</translation>
    </message>
    <message>
      <source>a JSON array (full ids) instead of a table</source>
      <translation>JSON զանգված (ամբողջական id-ներ)՝ աղյուսակի փոխարեն</translation>
    </message>
    <message>
      <source>accept proposals (or --all of a statement)</source>
      <translation>ընդունել առաջարկները (կամ --all՝ ցուցմունքի բոլոր առաջարկները)</translation>
    </message>
    <message>
      <source>as `redact suggest` lists them (the id or its first 6+ characters)</source>
      <translation>ինչպես թվարկում է `redact suggest`-ը (id կամ դրա առաջին 6+ նիշը)</translation>
    </message>
    <message>
      <source>every open proposal of --statement</source>
      <translation>--statement-ի բոլոր բաց առաջարկները</translation>
    </message>
    <message>
      <source>with --all: code (S-001), id or prefix</source>
      <translation>--all-ի հետ՝ կոդ (S-001), id կամ նախածանց</translation>
    </message>
    <message>
      <source>with --all: leave the proposals this profile keeps by itself ("kept by profile")</source>
      <translation>--all-ի հետ՝ թողնել այն առաջարկները, որոնք այս պրոֆիլն ինքն է պահպանում («պահպանված է ըստ պրոֆիլի»)</translation>
    </message>
    <message>
      <source>reject proposals (false positives)</source>
      <translation>մերժել առաջարկները (կեղծ համընկնումներ)</translation>
    </message>
    <message>
      <source>redact a span of a statement by hand</source>
      <translation>ձեռքով քողարկել ցուցմունքի հատվածը</translation>
    </message>
    <message>
      <source>the words to redact, exactly as written (instead of --start/--end)</source>
      <translation>քողարկվող բառերը՝ ճիշտ այնպես, ինչպես գրված են (--start/--end-ի փոխարեն)</translation>
    </message>
    <message>
      <source>with --text: which occurrence, from 1 (needed when it appears more than once)</source>
      <translation>--text-ի հետ՝ որ հանդիպումը՝ սկսած 1-ից (անհրաժեշտ է, երբ այն հանդիպում է մեկից ավելի անգամ)</translation>
    </message>
    <message>
      <source>with --text: every occurrence</source>
      <translation>--text-ի հետ՝ բոլոր հանդիպումները</translation>
    </message>
    <message>
      <source>first character, counted from 0</source>
      <translation>առաջին նիշը՝ հաշված 0-ից</translation>
    </message>
    <message>
      <source>one past the last</source>
      <translation>վերջին նիշից հաջորդ դիրքը</translation>
    </message>
    <message>
      <source>which text of the statement (default: body)</source>
      <translation>ցուցմունքի որ տեքստը (լռելյայն՝ body)</translation>
    </message>
    <message>
      <source>a solid box on an image or PDF page</source>
      <translation>հոծ շրջանակ պատկերի կամ PDF էջի վրա</translation>
    </message>
    <message>
      <source>code (A-001), id or prefix</source>
      <translation>կոդ (A-001), id կամ նախածանց</translation>
    </message>
    <message>
      <source>PDF page, from 1 (default: 1)</source>
      <translation>PDF էջ՝ սկսած 1-ից (լռելյայն՝ 1)</translation>
    </message>
    <message>
      <source>origin top-left; image pixels as displayed, or PDF points of the displayed page</source>
      <translation>կոորդինատների սկիզբը՝ վերին ձախ անկյունը. պատկերի պիքսելներ՝ ինչպես ցուցադրված է, կամ ցուցադրված էջի PDF կետեր</translation>
    </message>
    <message>
      <source>mark an attachment reviewed as it will be exported</source>
      <translation>նշել կցորդը որպես ստուգված այն տեսքով, որով այն կարտահանվի</translation>
    </message>
    <message>
      <source>the profile whose derivative you looked at (redact preview); default: every anonymized profile, refused when the derivative differs between them</source>
      <translation>պրոֆիլը, որի ածանցյալ ֆայլը դիտել եք (redact preview). լռելյայն՝ յուրաքանչյուր անանունացնող պրոֆիլ, մերժվում է, երբ ածանցյալ ֆայլերը նրանց միջև տարբերվում են</translation>
    </message>
    <message>
      <source>what will leave: a statement's text, an attachment's file</source>
      <translation>ինչ դուրս կգնա. ցուցմունքի տեքստը, կցորդի ֆայլը</translation>
    </message>
    <message>
      <source>print the text as it will be exported</source>
      <translation>տպել տեքստը այնպես, ինչպես այն կարտահանվի</translation>
    </message>
    <message>
      <source>make the derivative exactly as it will be exported</source>
      <translation>ստեղծել ածանցյալ ֆայլը ճիշտ այնպես, ինչպես այն կարտահանվի</translation>
    </message>
    <message>
      <source>the export profile to preview for: legal, government, ngo, media, public or evidence</source>
      <translation>արտահանման պրոֆիլը նախադիտման համար. legal, government, ngo, media, public կամ evidence</translation>
    </message>
    <message>
      <source>with --attachment: write the derivative to this new file (mode 0600; an existing file is never overwritten); a plaintext copy, delete it when done</source>
      <translation>--attachment-ի հետ՝ գրել ածանցյալ ֆայլը այս նոր ֆայլում (ռեժիմ 0600. գոյություն ունեցող ֆայլը երբեք չի վերագրվում). դա չգաղտնագրված պատճեն է, ջնջեք այն աշխատանքից հետո</translation>
    </message>
    <message>
      <source>one JSON object instead of text</source>
      <translation>մեկ JSON օբյեկտ՝ տեքստի փոխարեն</translation>
    </message>
    <message>
      <source>proposals, spans, boxes and review marks</source>
      <translation>առաջարկներ, հատվածներ, շրջանակներ և ստուգման նշումներ</translation>
    </message>
    <message>
      <source>of one statement's current version</source>
      <translation>մեկ ցուցմունքի ընթացիկ տարբերակի</translation>
    </message>
    <message>
      <source>of one attachment</source>
      <translation>մեկ կցորդի</translation>
    </message>
    <message>
      <source>of every statement and attachment of a case</source>
      <translation>գործի բոլոր ցուցմունքների և կցորդների</translation>
    </message>
    <message>
      <source>a JSON array (full ids, ISO 8601 UTC) instead of tables</source>
      <translation>JSON զանգված (ամբողջական id-ներ, ISO 8601 UTC)՝ աղյուսակների փոխարեն</translation>
    </message>
    <message>
      <source>create a vault; prints the recovery code once</source>
      <translation>ստեղծել պահոց. վերականգնման կոդը տպվում է մեկ անգամ</translation>
    </message>
    <message>
      <source>format, key slots, counts (never secrets)</source>
      <translation>ձևաչափ, բանալու սլոթներ, քանակներ (առանց գաղտնիքների)</translation>
    </message>
    <message>
      <source>set a new passphrase (a new passphrase slot)</source>
      <translation>սահմանել նոր գաղտնաբառ (գաղտնաբառի նոր սլոթ)</translation>
    </message>
    <message>
      <source>a new master key, recovery code and escrow slot</source>
      <translation>նոր հիմնական բանալի, վերականգնման կոդ և պահատվական սլոթ</translation>
    </message>
    <message>
      <source>replace the recovery code</source>
      <translation>փոխարինել վերականգնման կոդը</translation>
    </message>
    <message>
      <source>add or remove the organization escrow slot</source>
      <translation>ավելացնել կամ հեռացնել կազմակերպության պահատվական սլոթը</translation>
    </message>
    <message>
      <source>destroy the key slots (crypto-shredding)</source>
      <translation>ոչնչացնել բանալու սլոթները (կրիպտոգրաֆիկ ոչնչացում)</translation>
    </message>
    <message>
      <source>database, every attachment, custody chain and counter</source>
      <translation>տվյալների բազա, յուրաքանչյուր կցորդ, ապացույցների պահպանման շղթա և հաշվիչ</translation>
    </message>
    <message>
      <source>consistent encrypted copy, verified</source>
      <translation>համաձայնեցված գաղտնագրված պատճեն՝ ստուգված</translation>
    </message>
    <message>
      <source>custody log</source>
      <translation>պահպանման շղթայի մատյան</translation>
    </message>
    <message>
      <source>read the new passphrase from F (default: asked twice on the terminal)</source>
      <translation>կարդալ նոր գաղտնաբառը F-ից (լռելյայն՝ երկու անգամ հարցվում է տերմինալում)</translation>
    </message>
    <message>
      <source>unlock with the recovery code</source>
      <translation>բացել վերականգնման կոդով</translation>
    </message>
    <message>
      <source>unlock with the recovery code, typed at the prompt (never on the command line)</source>
      <translation>բացել վերականգնման կոդով, որը մուտքագրվում է հարցման ժամանակ (երբեք՝ հրամանային տողում)</translation>
    </message>
    <message>
      <source>unlock with HQ's age identity (escrow)</source>
      <translation>բացել գլխամասային գրասենյակի age նույնականացմամբ (պահատվություն)</translation>
    </message>
    <message>
      <source>your name or code, written into the custody log (default: operator)</source>
      <translation>ձեր անունը կամ կոդը, որը գրվում է պահպանման շղթայի մատյանում (լռելյայն՝ operator)</translation>
    </message>
    <message>
      <source>the old passphrase may be known to someone else: also make a new master key and recovery code (asked on a terminal when not given)</source>
      <translation>հին գաղտնաբառը կարող է հայտնի լինել ուրիշին. ստեղծել նաև նոր հիմնական բանալի և վերականգնման կոդ (հարցվում է տերմինալում, եթե նշված չէ)</translation>
    </message>
    <message>
      <source>read a new passphrase from F (default: keep the one typed; asked twice when unlocking another way)</source>
      <translation>կարդալ նոր գաղտնաբառը F-ից (լռելյայն՝ պահել մուտքագրվածը. այլ եղանակով բացելիս հարցվում է երկու անգամ)</translation>
    </message>
    <message>
      <source>a new recovery code; the old one stops working</source>
      <translation>նոր վերականգնման կոդ. հինը դադարում է գործել</translation>
    </message>
    <message>
      <source>encrypt the master key to HQ's age recipient</source>
      <translation>գաղտնագրել հիմնական բանալին գլխամասային գրասենյակի age ստացողի համար</translation>
    </message>
    <message>
      <source>HQ's age public key (age1...)</source>
      <translation>գլխամասային գրասենյակի age բաց բանալին (age1...)</translation>
    </message>
    <message>
      <source>remove the escrow slot</source>
      <translation>հեռացնել պահատվական սլոթը</translation>
    </message>
    <message>
      <source>keep HQ's escrow slot</source>
      <translation>պահել գլխամասային գրասենյակի պահատվական սլոթը</translation>
    </message>
    <message>
      <source>do not ask for confirmation</source>
      <translation>հաստատում չհարցնել</translation>
    </message>
    <message>
      <source>one JSON object: ok, counts checked, problems</source>
      <translation>մեկ JSON օբյեկտ. ok, ստուգված քանակներ, խնդիրներ</translation>
    </message>
    <message>
      <source>the new folder of the copy (must not exist; its parent must); --to is the same option</source>
      <translation>պատճենի նոր թղթապանակը (չպետք է գոյություն ունենա, իսկ դրա ծնող թղթապանակը՝ պետք է). --to-ն նույն պարամետրն է</translation>
    </message>
    <message>
      <source>one JSON object: where, ok, counts</source>
      <translation>մեկ JSON օբյեկտ. where, ok, քանակներ</translation>
    </message>
    <message>
      <source>walk the chain; name the first broken row; re-check the custody lines each import kept from its bundle</source>
      <translation>անցնել շղթայով. նշել առաջին խախտված տողը. վերստուգել պահպանման տողերը, որոնք յուրաքանչյուր ներմուծում պահել է իր փաթեթից</translation>
    </message>
    <message>
      <source>one JSON object: ok, the chain, imported lines</source>
      <translation>մեկ JSON օբյեկտ. ok, շղթան, ներմուծված տողեր</translation>
    </message>
    <message>
      <source>expected a whole number of at least 1, not {text}</source>
      <translation>սպասվում է առնվազն 1 ամբողջ թիվ, ոչ թե {text}</translation>
    </message>
    <message>
      <source>keep pictures and PDFs that are refused otherwise (disguised as another format, beyond the redaction limits, damaged, or crashing the decoder) exactly as received: encrypted, never shown or redacted; a warning names each</source>
      <translation>պահել այն նկարներն ու PDF-ները, որոնք այլապես մերժվում են (քողարկված են այլ ձևաչափի տակ, գերազանցում են քողարկման սահմանները, վնասված են կամ խափանում են ապակոդավորիչը), ճիշտ ստացված տեսքով՝ գաղտնագրված, առանց ցուցադրման և քողարկման. նախազգուշացումը նշում է յուրաքանչյուրը</translation>
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <source>usage: </source>
      <translation>օգտագործում՝ </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>դիրքային արգումենտներ</translation>
    </message>
    <message>
      <source>options</source>
      <translation>պարամետրեր</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>ցույց տալ այս օգնությունը և դուրս գալ</translation>
    </message>
    <message>
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: սխալ՝ %(message)s
</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>արգումենտ %(argument_name)s՝ %(message)s</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>պարտադիր արգումենտները նշված չեն՝ %s</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>պետք է արգումենտներից մեկը՝ %s</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>չի թույլատրվում %s արգումենտի հետ</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>անճանաչելի արգումենտներ՝ %s</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>անթույլատրելի արժեք՝ %(value)r (ընտրեք՝ %(choices)s)</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>անթույլատրելի արժեք (%(type)s)՝ %(value)r</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>սպասվում է մեկ արժեք</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>սպասվում է առավելագույնը մեկ արժեք</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>սպասվում է առնվազն մեկ արժեք</translation>
    </message>
    <message>
      <source>expected %s argument</source>
      <translation>սպասվող արժեքներ՝ %s</translation>
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation>սպասվող արժեքներ՝ %s</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>%r արժեքն այստեղ չի ընդունվում</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>երկիմաստ պարամետր՝ %(option)s-ը կարող է նշանակել %(matches)s</translation>
    </message>
    <message>
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>անհայտ հրաման՝ %(parser_name)r (տարբերակներ՝ %(choices)s)</translation>
    </message>
  </context>
  <context>
    <name>cli-words</name>
    <message>
      <source>consent {number}</source>
      <translation>համաձայնություն {number}</translation>
    </message>
    <message>
      <source>page {page} box {box}</source>
      <translation>էջ {page}, ուղղանկյուն {box}</translation>
    </message>
    <message>
      <source>derivative sha256 {sha256}</source>
      <translation>ածանցյալի sha256 {sha256}</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>վստահելի</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>չեղարկված</translation>
    </message>
    <message>
      <source>retracted</source>
      <translation>հետ կանչված</translation>
    </message>
    <message>
      <source>proposed</source>
      <translation>առաջարկված</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>ընդունված</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>մերժված</translation>
    </message>
    <message>
      <source>kept by profile</source>
      <translation>պահված է պրոֆիլով</translation>
    </message>
    <message>
      <source>reviewed</source>
      <translation>ստուգված</translation>
    </message>
    <message>
      <source>stale</source>
      <translation>հնացած</translation>
    </message>
    <message>
      <source>unreviewed</source>
      <translation>ստուգված չէ</translation>
    </message>
    <message>
      <source>any profile</source>
      <translation>ցանկացած պրոֆիլ</translation>
    </message>
    <message>
      <source>exact</source>
      <translation>ճշգրիտ</translation>
    </message>
    <message>
      <source>folded</source>
      <translation>համարժեք</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Գործ</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Անձ</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Ցուցմունք</translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>Կցորդ</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Միջադեպ</translation>
    </message>
    <message>
      <source>Facility</source>
      <translation>Հաստատություն</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Կապ</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Ստեղծված</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Անվանում</translation>
    </message>
    <message>
      <source>Regions</source>
      <translation>Տարածաշրջաններ</translation>
    </message>
    <message>
      <source>Holds</source>
      <translation>Պարունակում է</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Անուն</translation>
    </message>
    <message>
      <source>Aliases</source>
      <translation>Այլ անուններ</translation>
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
      <source>Notes</source>
      <translation>Նշումներ</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Համաձայնություն</translation>
    </message>
    <message>
      <source>Statements</source>
      <translation>Ցուցմունքներ</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Վկա</translation>
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
      <source>Interview date</source>
      <translation>Հարցազրույցի ամսաթիվ</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Վայր</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Լեզու</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Տեսակ</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Թեմաներ</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Պիտակներ</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Թարգմանություն</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Տարբերակ</translation>
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
      <source>Versions</source>
      <translation>Տարբերակներ</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Կցորդներ</translation>
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
      <source>Inside</source>
      <translation>Ներսում</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Ամսաթիվ</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Նկարագրություն</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Միջադեպեր</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Ումից</translation>
    </message>
    <message>
      <source>As</source>
      <translation>Որպես</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Ում</translation>
    </message>
    <message>
      <source>Links</source>
      <translation>Կապեր</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>Ծագում</translation>
    </message>
    <message>
      <source>Retracted</source>
      <translation>Հետ կանչված</translation>
    </message>
    <message>
      <source>nothing yet</source>
      <translation>դեռ ոչինչ</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation>գրանցված չէ</translation>
    </message>
    <message>
      <source>Consent history</source>
      <translation>Համաձայնության պատմություն</translation>
    </message>
    <message>
      <source>re-contact yes</source>
      <translation>կրկին կապ՝ այո</translation>
    </message>
    <message>
      <source>re-contact no</source>
      <translation>կրկին կապ՝ ոչ</translation>
    </message>
    <message>
      <source>Received consent</source>
      <translation>Ստացված համաձայնություն</translation>
    </message>
    <message>
      <source>text</source>
      <translation>տեքստ</translation>
    </message>
    <message>
      <source>given {date}, recorded by {operator}</source>
      <translation>տրվել է {date}, գրանցել է {operator}-ը</translation>
    </message>
    <message>
      <source>{version} of {count}</source>
      <translation>{version}՝ {count}-ից</translation>
    </message>
    <message>
      <source>translation</source>
      <translation>թարգմանություն</translation>
    </message>
    <message>
      <source>{size} bytes</source>
      <translation>{size} բայթ</translation>
    </message>
    <message>
      <source>{time} by {operator}: {reason} (hidden from lists and exports; kept)</source>
      <translation>{time}, {operator}՝ {reason} (թաքցված է ցուցակներից և արտահանումներից. պահպանված է)</translation>
    </message>
    <message>
      <source>#{number} withdrawn: share nothing</source>
      <translation>#{number}՝ հետ է կանչված, ոչինչ չփոխանցել</translation>
    </message>
    <message>
      <source>#{number} share {categories}</source>
      <translation>#{number}՝ փոխանցել {categories}</translation>
    </message>
    <message>
      <source>anonymity {anonymity}</source>
      <translation>անանունություն՝ {anonymity}</translation>
    </message>
    <message>
      <source>in {language}</source>
      <translation>{language} լեզվով</translation>
    </message>
    <message>
      <source>v{number}  {time}  by {operator}  sha256 {sha256}</source>
      <translation>v{number}  {time}  օպերատոր՝ {operator}  sha256 {sha256}</translation>
    </message>
    <message>
      <source>1 person</source>
      <translation>անձինք՝ 1</translation>
    </message>
    <message>
      <source>{count} persons</source>
      <translation>անձինք՝ {count}</translation>
    </message>
    <message>
      <source>1 statement</source>
      <translation>ցուցմունքներ՝ 1</translation>
    </message>
    <message>
      <source>{count} statements</source>
      <translation>ցուցմունքներ՝ {count}</translation>
    </message>
    <message>
      <source>1 attachment</source>
      <translation>կցորդներ՝ 1</translation>
    </message>
    <message>
      <source>{count} attachments</source>
      <translation>կցորդներ՝ {count}</translation>
    </message>
    <message>
      <source>1 incident</source>
      <translation>միջադեպեր՝ 1</translation>
    </message>
    <message>
      <source>{count} incidents</source>
      <translation>միջադեպեր՝ {count}</translation>
    </message>
    <message>
      <source>1 facility</source>
      <translation>հաստատություններ՝ 1</translation>
    </message>
    <message>
      <source>{count} facilities</source>
      <translation>հաստատություններ՝ {count}</translation>
    </message>
    <message>
      <source>1 link</source>
      <translation>կապեր՝ 1</translation>
    </message>
    <message>
      <source>{count} links</source>
      <translation>կապեր՝ {count}</translation>
    </message>
    <message>
      <source>Kept as received</source>
      <translation>Պահված է ստացված տեսքով</translation>
    </message>
  </context>
</TS>
