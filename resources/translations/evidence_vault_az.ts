<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
  <context>
    <name>EvidenceVault</name>
    <message>
      <source>The demo vault could not be made</source>
      <translation>Demo anbarı yaratmaq mümkün olmadı</translation>
    </message>
    <message>
      <source>Preparing the demo vault</source>
      <translation>Demo anbarı hazırlanır</translation>
    </message>
    <message>
      <source>Identity (a face, a name, a signature)</source>
      <translation>Şəxsiyyət (üz, ad, imza)</translation>
    </message>
    <message>
      <source>Contact (a phone number, an address)</source>
      <translation>Əlaqə (telefon nömrəsi, ünvan)</translation>
    </message>
    <message>
      <source>Location (a street sign, a landmark)</source>
      <translation>Yer (küçə lövhəsi, nişangah)</translation>
    </message>
    <message>
      <source>Document (an identity number, a plate)</source>
      <translation>Sənəd (şəxsiyyət nömrəsi, nömrə nişanı)</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Digər</translation>
    </message>
    <message>
      <source>Why redact this area?</source>
      <translation>Bu sahə niyə gizlədilməlidir?</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Səbəb</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Səbəb:</translation>
    </message>
    <message>
      <source>Redact an attachment</source>
      <translation>Əlavədə gizlətmə</translation>
    </message>
    <message>
      <source>Add box</source>
      <translation>Çərçivə əlavə et</translation>
    </message>
    <message>
      <source>A box in the middle of what is shown (Insert)</source>
      <translation>Göstərilənin ortasında çərçivə (Insert)</translation>
    </message>
    <message>
      <source>Delete box</source>
      <translation>Çərçivəni sil</translation>
    </message>
    <message>
      <source>Remove the chosen box (Delete)</source>
      <translation>Seçilmiş çərçivəni sil (Delete)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Kiçilt</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Böyüt</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>Sığdır</translation>
    </message>
    <message>
      <source>◀ Page back</source>
      <translation>◀ Əvvəlki səhifə</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Əvvəlki səhifə</translation>
    </message>
    <message>
      <source>Next page ▶</source>
      <translation>Növbəti səhifə ▶</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Növbəti səhifə</translation>
    </message>
    <message>
      <source>Drag on the picture to draw a box; drag a box to move it, its handles to resize it. Keyboard: Tab goes through the boxes, arrows move, Shift+arrows resize, Delete removes, Insert adds a box; Ctrl+wheel or + and − zoom, 0 fits.</source>
      <translation>Çərçivə çəkmək üçün şəklin üzərində sürüşdürün; çərçivəni yerini dəyişmək üçün, tutacaqlarını isə ölçüsünü dəyişmək üçün sürüşdürün. Klaviatura: Tab çərçivələr arasında keçir, oxlar yerini dəyişir, Shift+oxlar ölçünü dəyişir, Delete silir, Insert çərçivə əlavə edir; Ctrl+təkər və ya + və − miqyas, 0 sığdırır.</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Mesaj</translation>
    </message>
    <message>
      <source>Preparing the picture…</source>
      <translation>Şəkil hazırlanır…</translation>
    </message>
    <message>
      <source>Making the file as exported</source>
      <translation>Fayl ixrac olunan şəkildə hazırlanır</translation>
    </message>
    <message>
      <source>Preparing the picture</source>
      <translation>Şəkil hazırlanır</translation>
    </message>
    <message>
      <source>Saving the box</source>
      <translation>Çərçivə saxlanılır</translation>
    </message>
    <message>
      <source>Removing the box</source>
      <translation>Çərçivə silinir</translation>
    </message>
    <message>
      <source>Reading the review</source>
      <translation>Yoxlama oxunur</translation>
    </message>
    <message>
      <source>Marking reviewed</source>
      <translation>Yoxlanılmış kimi qeyd edilir</translation>
    </message>
    <message>
      <source>No picture of this file.</source>
      <translation>Bu faylın şəkli yoxdur.</translation>
    </message>
    <message>
      <source>As exported: read-only. Drag to pan.</source>
      <translation>İxrac olunan şəkildə: yalnız oxumaq üçün. Sürüşdürmək üçün dartın.</translation>
    </message>
    <message>
      <source>Page {page} of {count}</source>
      <translation>Səhifə {page} / {count}</translation>
    </message>
    <message>
      <source>Chosen box: {reason}</source>
      <translation>Seçilmiş çərçivə: {reason}</translation>
    </message>
    <message>
      <source>{n} %</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <source>Redact {code}</source>
      <translation>Gizlət: {code}</translation>
    </message>
    <message>
      <source>Redaction canvas</source>
      <translation>Gizlətmə sahəsi</translation>
    </message>
    <message>
      <source>Drag to draw a box. Tab goes through the boxes; arrows move the chosen box, Shift and arrows resize it, Delete removes it, Insert adds a box in the middle; Control and the wheel, or + and −, zoom.</source>
      <translation>Çərçivə çəkmək üçün sürüşdürün. Tab çərçivələr arasında keçir; oxlar seçilmiş çərçivənin yerini dəyişir, Shift və oxlar ölçüsünü dəyişir, Delete silir, Insert ortada çərçivə əlavə edir; Control və təkər və ya + və − miqyası dəyişir.</translation>
    </message>
    <message>
      <source>Redaction box ({reason})</source>
      <translation>Gizlətmə çərçivəsi ({reason})</translation>
    </message>
    <message>
      <source>&amp;Case</source>
      <translation>&amp;İş</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;İxrac…</translation>
    </message>
    <message>
      <source>Open a &amp;bundle…</source>
      <translation>&amp;Paketi aç…</translation>
    </message>
    <message>
      <source>Nobody is known to have signed it (the signature did not verify).</source>
      <translation>Onu kimin imzaladığı məlum deyil (imza təsdiqlənmədi).</translation>
    </message>
    <message>
      <source>Trust this signer</source>
      <translation>Bu imzalayana etibar et</translation>
    </message>
    <message>
      <source>Signer fingerprint</source>
      <translation>İmzalayanın açar barmaq izi</translation>
    </message>
    <message>
      <source>Signer's name</source>
      <translation>İmzalayanın adı</translation>
    </message>
    <message>
      <source>Whose key it is, e.g. Field team Gyumri</source>
      <translation>Açar kimindir, məs. Gümrü sahə qrupu</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Ad:</translation>
    </message>
    <message>
      <source>Every group matches what the sender read out</source>
      <translation>Hər qrup göndərənin oxuduğu ilə üst-üstə düşür</translation>
    </message>
    <message>
      <source>The fingerprint matches</source>
      <translation>Barmaq izi üst-üstə düşür</translation>
    </message>
    <message>
      <source>Trust</source>
      <translation>Etibar et</translation>
    </message>
    <message>
      <source>Open a bundle</source>
      <translation>Paketi aç</translation>
    </message>
    <message>
      <source>Bundle</source>
      <translation>Paket</translation>
    </message>
    <message>
      <source>A bundle folder, .zip or .age file</source>
      <translation>Paket qovluğu, .zip və ya .age faylı</translation>
    </message>
    <message>
      <source>Folder…</source>
      <translation>Qovluq…</translation>
    </message>
    <message>
      <source>File…</source>
      <translation>Fayl…</translation>
    </message>
    <message>
      <source>Bundle:</source>
      <translation>Paket:</translation>
    </message>
    <message>
      <source>Age identity file</source>
      <translation>age identifikasiya faylı</translation>
    </message>
    <message>
      <source>Only for an encrypted (.age) bundle</source>
      <translation>Yalnız şifrələnmiş (.age) paket üçün</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Seç…</translation>
    </message>
    <message>
      <source>Identity file:</source>
      <translation>İdentifikasiya faylı:</translation>
    </message>
    <message>
      <source>Fingerprint the sender read out</source>
      <translation>Göndərənin oxuduğu barmaq izi</translation>
    </message>
    <message>
      <source>Optional: 64 hex digits, groups allowed</source>
      <translation>İstəyə görə: 64 onaltılıq rəqəm, qruplara icazə verilir</translation>
    </message>
    <message>
      <source>Sender's fingerprint:</source>
      <translation>Göndərənin barmaq izi:</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>Yoxla</translation>
    </message>
    <message>
      <source>Verification report</source>
      <translation>Yoxlama hesabatı</translation>
    </message>
    <message>
      <source>Signer</source>
      <translation>İmzalayan</translation>
    </message>
    <message>
      <source>I compared it: trust this signer…</source>
      <translation>Müqayisə etdim: bu imzalayana etibar et…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>İdxal et</translation>
    </message>
    <message>
      <source>Import although the signer is not verified</source>
      <translation>İmzalayan təsdiqlənməsə də idxal et</translation>
    </message>
    <message>
      <source>Anyone can make a bundle that is intact and signed; only the fingerprint says who. Imported without it, every record says signer UNVERIFIED until you trust the key.</source>
      <translation>Bütöv və imzalanmış paketi hər kəs hazırlaya bilər; kimin olduğunu yalnız barmaq izi deyir. Onsuz idxal etsəniz, açara etibar edənə qədər hər qeyddə «imzalayan TƏSDİQLƏNMƏYİB» yazılacaq.</translation>
    </message>
    <message>
      <source>Import as a new case</source>
      <translation>Yeni iş kimi idxal et</translation>
    </message>
    <message>
      <source>A bundle folder</source>
      <translation>Paket qovluğu</translation>
    </message>
    <message>
      <source>A bundle file (.zip or .age)</source>
      <translation>Paket faylı (.zip və ya .age)</translation>
    </message>
    <message>
      <source>Your age identity file</source>
      <translation>Sizin age identifikasiya faylınız</translation>
    </message>
    <message>
      <source>Verifying the bundle</source>
      <translation>Paket yoxlanılır</translation>
    </message>
    <message>
      <source>PINNED: the key matches the fingerprint you typed.</source>
      <translation>BƏRKİDİLİB: açar daxil etdiyiniz barmaq izi ilə üst-üstə düşür.</translation>
    </message>
    <message>
      <source>REVOKED: this key was revoked; its bundles are refused.</source>
      <translation>LƏĞV EDİLİB: bu açar ləğv edilib; onun paketləri rədd edilir.</translation>
    </message>
    <message>
      <source>NOT VERIFIED: this vault does not know this key. Compare the fingerprint above, group by group, with the one the sender read out to you by another route before you trust it.</source>
      <translation>TƏSDİQLƏNMƏYİB: bu anbar bu açarı tanımır. Ona etibar etməzdən əvvəl yuxarıdakı barmaq izini qrup-qrup göndərənin sizə başqa yolla oxuduğu barmaq izi ilə müqayisə edin.</translation>
    </message>
    <message>
      <source>Trusting the signer</source>
      <translation>İmzalayana etibar edilir</translation>
    </message>
    <message>
      <source>Import from an unverified signer</source>
      <translation>Təsdiqlənməmiş imzalayandan idxal</translation>
    </message>
    <message>
      <source>Nobody has confirmed who signed this bundle. Import it anyway? Every record will say signer UNVERIFIED; trusting the key later raises them.</source>
      <translation>Bu paketi kimin imzaladığını heç kim təsdiqləməyib. Yenə də idxal edilsin? Hər qeyddə «imzalayan TƏSDİQLƏNMƏYİB» yazılacaq; sonra açara etibar etmək bu qeydi qaldırır.</translation>
    </message>
    <message>
      <source>Importing the bundle</source>
      <translation>Paket idxal edilir</translation>
    </message>
    <message>
      <source>Ask the sender to read out their fingerprint by another route (phone, in person; not the channel the bundle came by) and compare it group by group:</source>
      <translation>Göndərəndən barmaq izini başqa yolla (telefonla, şəxsən; paketin gəldiyi kanalla yox) oxumasını xahiş edin və qrup-qrup müqayisə edin:</translation>
    </message>
    <message>
      <source>Choose a bundle folder or file first.</source>
      <translation>Əvvəlcə paket qovluğunu və ya faylını seçin.</translation>
    </message>
    <message>
      <source>Choose a bundle and press Verify.</source>
      <translation>Paketi seçin və «Yoxla» düyməsini basın.</translation>
    </message>
    <message>
      <source>This bundle is refused.</source>
      <translation>Bu paket rədd edildi.</translation>
    </message>
    <message>
      <source>TRUSTED: {name}, a signer this vault trusts.</source>
      <translation>ETİBARLI: {name}, bu anbarın etibar etdiyi imzalayan.</translation>
    </message>
    <message>
      <source>Imported as case {code}: {statements} statement(s), {attachments} attachment(s), {persons} person(s); signer {status}.</source>
      <translation>{code} işi kimi idxal edildi: ifadələr — {statements}, əlavələr — {attachments}, şəxslər — {persons}; imzalayan: {status}.</translation>
    </message>
    <message>
      <source>The bundle is intact and signed, but the signer is not verified: compare the fingerprint with the one the sender read out to you.</source>
      <translation>Paket bütövdür və imzalanıb, lakin imzalayan təsdiqlənməyib: barmaq izini göndərənin sizə oxuduğu ilə müqayisə edin.</translation>
    </message>
    <message>
      <source>Not every check could run; the bundle is not accepted.</source>
      <translation>Bütün yoxlamaları aparmaq mümkün olmadı; paket qəbul edilmir.</translation>
    </message>
    <message>
      <source>The bundle checks out; the signer's key matches the fingerprint given.</source>
      <translation>Paket yoxlamadan keçdi; imzalayanın açarı verilmiş barmaq izi ilə üst-üstə düşür.</translation>
    </message>
    <message>
      <source>Refused: {check}: {detail}</source>
      <translation>Rədd edildi: {check}: {detail}</translation>
    </message>
    <message>
      <source>The bundle checks out, signed by {name}, a signer this vault trusts.</source>
      <translation>Paket yoxlamadan keçdi, imzalayan: {name} — bu anbarın etibar etdiyi imzalayan.</translation>
    </message>
    <message>
      <source>withdrawn: shares with nobody</source>
      <translation>geri götürülüb: heç kimə verilmir</translation>
    </message>
    <message>
      <source>shares with {who}</source>
      <translation>verilir: {who}</translation>
    </message>
    <message>
      <source>Consent history, newest first</source>
      <translation>Razılıq tarixçəsi, yenilər əvvəldə</translation>
    </message>
    <message>
      <source>Consents to share</source>
      <translation>Verilməyə razıdır</translation>
    </message>
    <message>
      <source>Withdraws consent</source>
      <translation>Razılığı geri götürür</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Qərar</translation>
    </message>
    <message>
      <source>Share with</source>
      <translation>Kimə verilir</translation>
    </message>
    <message>
      <source>required (not named)</source>
      <translation>tələb olunur (ad çəkilmir)</translation>
    </message>
    <message>
      <source>waived (may be named)</source>
      <translation>tələb olunmur (ad çəkilə bilər)</translation>
    </message>
    <message>
      <source>Anonymity</source>
      <translation>Anonimlik</translation>
    </message>
    <message>
      <source>may be contacted again</source>
      <translation>yenidən əlaqə saxlamaq olar</translation>
    </message>
    <message>
      <source>May be contacted again</source>
      <translation>Yenidən əlaqə saxlamaq olar</translation>
    </message>
    <message>
      <source>Re-contact</source>
      <translation>Yenidən əlaqə</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tarix</translation>
    </message>
    <message>
      <source>empty: today</source>
      <translation>boş: bu gün</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Qeyd</translation>
    </message>
    <message>
      <source>Record decision</source>
      <translation>Qərarı qeydə al</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Bağla</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Oxunur</translation>
    </message>
    <message>
      <source>History (newest first)</source>
      <translation>Tarixçə (yenilər əvvəldə)</translation>
    </message>
    <message>
      <source>&lt;b&gt;A new decision&lt;/b&gt;</source>
      <translation>&lt;b&gt;Yeni qərar&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Date of the decision</source>
      <translation>Qərarın tarixi</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>bəli</translation>
    </message>
    <message>
      <source>no</source>
      <translation>xeyr</translation>
    </message>
    <message>
      <source>Consent of {code}</source>
      <translation>{code} — razılıq</translation>
    </message>
    <message>
      <source>Share with {who}</source>
      <translation>Kimə verilir: {who}</translation>
    </message>
    <message>
      <source>Anonymity {choice}</source>
      <translation>Anonimlik: {choice}</translation>
    </message>
    <message>
      <source>Custody log</source>
      <translation>Saxlanma jurnalı</translation>
    </message>
    <message>
      <source>Verify chain</source>
      <translation>Zənciri yoxla</translation>
    </message>
    <message>
      <source>Check that no custody event was changed, removed or inserted</source>
      <translation>Heç bir saxlanma hadisəsinin dəyişdirilmədiyini, silinmədiyini və ya əlavə edilmədiyini yoxla</translation>
    </message>
    <message>
      <source>Check vault</source>
      <translation>Anbarı yoxla</translation>
    </message>
    <message>
      <source>Check the database, every file's integrity and the custody log</source>
      <translation>Verilənlər bazasını, hər faylın bütövlüyünü və saxlanma jurnalını yoxla</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Nəticə</translation>
    </message>
    <message>
      <source>Verifying the custody log</source>
      <translation>Saxlanma jurnalı yoxlanılır</translation>
    </message>
    <message>
      <source>Checking the vault</source>
      <translation>Anbar yoxlanılır</translation>
    </message>
    <message>
      <source>{what}…</source>
      <translation>{what}…</translation>
    </message>
    <message>
      <source>Cancelled before the end; nothing was changed.</source>
      <translation>Sona qədər ləğv edildi; heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <source>Evidence Vault</source>
      <translation>Evidence Vault</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>Bildiriş</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Gözlənilməz xəta</translation>
    </message>
    <message>
      <source>Something went wrong inside Evidence Vault. Your vault was not changed beyond the last completed step and the app keeps running.

If you report this, copy the text below: it holds no case data.</source>
      <translation>Evidence Vault daxilində nəsə səhv getdi. Anbarınız son tamamlanmış addımdan sonra dəyişmədi və proqram işləməyə davam edir.

Bu barədə xəbər verəcəksinizsə, aşağıdakı mətni köçürün: orada iş məlumatı yoxdur.</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Nə baş verdi</translation>
    </message>
    <message>
      <source>Error report</source>
      <translation>Xəta hesabatı</translation>
    </message>
    <message>
      <source>Copy report</source>
      <translation>Hesabatı köçür</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Kod</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Fayl adı</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ölçü</translation>
    </message>
    <message>
      <source>Taken in</source>
      <translation>Qəbul edilib</translation>
    </message>
    <message>
      <source>Belongs to</source>
      <translation>Aiddir</translation>
    </message>
    <message>
      <source>Inside the file</source>
      <translation>Faylın içində</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Sübutlar</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Fayl əlavə et…</translation>
    </message>
    <message>
      <source>Or drop files onto this tab</source>
      <translation>Və ya faylları bu tabın üzərinə atın</translation>
    </message>
    <message>
      <source>Redact…</source>
      <translation>Gizlət…</translation>
    </message>
    <message>
      <source>Boxes on the picture or PDF, preview as exported, review</source>
      <translation>Şəkil və ya PDF üzərində çərçivələr, ixrac olunan şəkildə baxış, yoxlama</translation>
    </message>
    <message>
      <source>Add files to the case</source>
      <translation>İşə fayl əlavə et</translation>
    </message>
    <message>
      <source>the case (no statement)</source>
      <translation>iş (ifadəsiz)</translation>
    </message>
    <message>
      <source>not recorded (taken in before SHA-512 was kept)</source>
      <translation>qeydə alınmayıb (SHA-512 saxlanmazdan əvvəl qəbul edilib)</translation>
    </message>
    <message>
      <source>Only files on this computer can be taken in: save the file here first. Nothing was taken in.</source>
      <translation>Yalnız bu kompüterdəki faylları qəbul etmək olar: əvvəlcə faylı burada saxlayın. Heç nə qəbul edilmədi.</translation>
    </message>
    <message>
      <source>Every chosen statement's witness consented to this profile.</source>
      <translation>Seçilmiş bütün ifadələrin şahidləri bu profilə razılıq verib.</translation>
    </message>
    <message>
      <source>Left out for want of consent (names shown only here; the bundle and the custody log hold counts only):</source>
      <translation>Razılıq olmadığı üçün kənarda qalıb (adlar yalnız burada göstərilir; paket və saxlanma jurnalı yalnız sayları saxlayır):</translation>
    </message>
    <message>
      <source>Stops the export: possible redactions nobody decided for this profile in:</source>
      <translation>İxrac dayandırılır: bu profil üçün heç kimin qərar vermədiyi mümkün gizlətmələr:</translation>
    </message>
    <message>
      <source>Decide them in the statement's redaction view, or leave these statements out.</source>
      <translation>Onları ifadənin gizlətmə görünüşündə həll edin və ya bu ifadələri kənarda saxlayın.</translation>
    </message>
    <message>
      <source>Left out, not reviewed as exported for this profile:</source>
      <translation>Kənarda qalıb, bu profil üçün ixrac olunan şəkildə yoxlanılmayıb:</translation>
    </message>
    <message>
      <source>Every attachment going out was reviewed as exported.</source>
      <translation>Gedən bütün əlavələr ixrac olunan şəkildə yoxlanılıb.</translation>
    </message>
    <message>
      <source>Also left out:</source>
      <translation>Həmçinin kənarda qalıb:</translation>
    </message>
    <message>
      <source>Before writing</source>
      <translation>Yazmazdan əvvəl</translation>
    </message>
    <message>
      <source>Planning the export…</source>
      <translation>İxrac planlaşdırılır…</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Razılıq</translation>
    </message>
    <message>
      <source>Consent summary</source>
      <translation>Razılıq xülasəsi</translation>
    </message>
    <message>
      <source>Redaction</source>
      <translation>Gizlətmə</translation>
    </message>
    <message>
      <source>Redaction summary</source>
      <translation>Gizlətmə xülasəsi</translation>
    </message>
    <message>
      <source>Leave those statements out of this export</source>
      <translation>Bu ifadələri bu ixracdan kənarda saxla</translation>
    </message>
    <message>
      <source>I have read who and what is left out and what is redacted: write exactly this.</source>
      <translation>Kimin və nəyin kənarda qaldığını və nəyin gizlədildiyini oxudum: məhz bunu yaz.</translation>
    </message>
    <message>
      <source>Confirm the summaries</source>
      <translation>Xülasələri təsdiqləyin</translation>
    </message>
    <message>
      <source>Planning the export</source>
      <translation>İxracın planlaşdırılması</translation>
    </message>
    <message>
      <source>This export cannot be written as it stands.</source>
      <translation>Bu ixrac indiki halında yazıla bilməz.</translation>
    </message>
    <message>
      <source>Writing the bundle</source>
      <translation>Paket yazılır</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Gediş</translation>
    </message>
    <message>
      <source>Cancel writing</source>
      <translation>Yazmanı ləğv et</translation>
    </message>
    <message>
      <source>Signed by this vault's key. Read these groups out to the recipient by another route (phone, in person), so they can check who signed it:</source>
      <translation>Bu anbarın açarı ilə imzalanıb. Bu qrupları alıcıya başqa yolla (telefonla, şəxsən) oxuyun ki, kimin imzaladığını yoxlaya bilsin:</translation>
    </message>
    <message>
      <source>Copy the fingerprint</source>
      <translation>Barmaq izini köçür</translation>
    </message>
    <message>
      <source>Verification of the written bundle</source>
      <translation>Yazılmış paketin yoxlanılması</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Başlayır…</translation>
    </message>
    <message>
      <source>Not written</source>
      <translation>Yazılmayıb</translation>
    </message>
    <message>
      <source>Nothing is left to export; the summaries say why.</source>
      <translation>İxrac üçün heç nə qalmayıb; səbəbini xülasələr deyir.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Ləğv edilir…</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Ləğv edildi</translation>
    </message>
    <message>
      <source>Cancelled: no bundle was written and nothing was left behind.</source>
      <translation>Ləğv edildi: paket yazılmadı və heç nə qalmadı.</translation>
    </message>
    <message>
      <source>Encrypted for its recipients: it can be verified once opened with one of their identities (Vault &gt; Open a bundle…).</source>
      <translation>Alıcıları üçün şifrələnib: onların identifikasiyalarından biri ilə açıldıqdan sonra yoxlana bilər (Anbar &gt; Paketi aç…).</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hazırdır</translation>
    </message>
    <message>
      <source>Written, but…</source>
      <translation>Yazıldı, lakin…</translation>
    </message>
    <message>
      <source>• {name} ({code}): {why} — statements {statements}</source>
      <translation>• {name} ({code}): {why} — ifadələr {statements}</translation>
    </message>
    <message>
      <source>Removed from the texts: {removed}.</source>
      <translation>Mətnlərdən silinib: {removed}.</translation>
    </message>
    <message>
      <source>Something must be decided before this export.</source>
      <translation>Bu ixracdan əvvəl qərar verilməlidir.</translation>
    </message>
    <message>
      <source>Written: {out} ({form}).</source>
      <translation>Yazıldı: {out} ({form}).</translation>
    </message>
    <message>
      <source>Profile {profile}: {statements} statement(s), {attachments} attachment(s).</source>
      <translation>Profil {profile}: ifadələr — {statements}, əlavələr — {attachments}.</translation>
    </message>
    <message>
      <source>Profile {profile}: {statements} statement(s) and {attachments} attachment(s) go to {where}.</source>
      <translation>Profil {profile}: ifadələr — {statements}, əlavələr — {attachments}; yazılır: {where}.</translation>
    </message>
    <message>
      <source>What to export</source>
      <translation>Nə ixrac edilsin</translation>
    </message>
    <message>
      <source>Untick what should not go. A statement's evidence goes only with its statement; whose statements may go at all is decided by consent, shown before anything is written.</source>
      <translation>Getməməli olanın işarəsini götürün. İfadənin sübutları yalnız ifadə ilə birgə gedir; kimin ifadələrinin ümumiyyətlə gedə biləcəyini razılıq həll edir və bu, yazmazdan əvvəl göstərilir.</translation>
    </message>
    <message>
      <source>Statements and evidence to export</source>
      <translation>İxrac ediləcək ifadələr və sübutlar</translation>
    </message>
    <message>
      <source>Reading the case</source>
      <translation>İş oxunur</translation>
    </message>
    <message>
      <source>Who it is for</source>
      <translation>Kimin üçün</translation>
    </message>
    <message>
      <source>The profile decides who is named and who is coded.</source>
      <translation>Profil kimin adla, kimin kodla göstəriləcəyini müəyyən edir.</translation>
    </message>
    <message>
      <source>Export profile</source>
      <translation>İxrac profili</translation>
    </message>
    <message>
      <source>Profile:</source>
      <translation>Profil:</translation>
    </message>
    <message>
      <source>As the profile says</source>
      <translation>Profildə olduğu kimi</translation>
    </message>
    <message>
      <source>Name them</source>
      <translation>Adla göstər</translation>
    </message>
    <message>
      <source>Code them</source>
      <translation>Kodla əvəz et</translation>
    </message>
    <message>
      <source>Perpetrators</source>
      <translation>Hüquq pozucuları</translation>
    </message>
    <message>
      <source>Perpetrators:</source>
      <translation>Hüquq pozucuları:</translation>
    </message>
    <message>
      <source>Include audio and video (voices and faces identify)</source>
      <translation>Audio və videonu daxil et (səslər və üzlər şəxsiyyəti açır)</translation>
    </message>
    <message>
      <source>Include audio and video</source>
      <translation>Audio və videonu daxil et</translation>
    </message>
    <message>
      <source>Where to, and for whom</source>
      <translation>Hara və kimin üçün</translation>
    </message>
    <message>
      <source>An encrypted file can be opened only with one of the recipients' age identities; the evidence profile (real names) must be encrypted.</source>
      <translation>Şifrələnmiş faylı yalnız alıcılardan birinin age identifikasiyası ilə açmaq olar; «sübutlar» profili (həqiqi adlar) şifrələnməlidir.</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Qovluq</translation>
    </message>
    <message>
      <source>Zip file</source>
      <translation>Zip faylı</translation>
    </message>
    <message>
      <source>Encrypted file (age)</source>
      <translation>Şifrələnmiş fayl (age)</translation>
    </message>
    <message>
      <source>Bundle to write</source>
      <translation>Yazılacaq paket</translation>
    </message>
    <message>
      <source>Where the bundle is written (it must not exist yet)</source>
      <translation>Paketin yazılacağı yer (hələ mövcud olmamalıdır)</translation>
    </message>
    <message>
      <source>Write the bundle to</source>
      <translation>Paketi bura yaz</translation>
    </message>
    <message>
      <source>Export a bundle</source>
      <translation>Paketin ixracı</translation>
    </message>
    <message>
      <source>Write the bundle</source>
      <translation>Paketi yaz</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Qeyd</translation>
    </message>
    <message>
      <source>Witness / statement</source>
      <translation>Şahid / ifadə</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Təfərrüatlar</translation>
    </message>
    <message>
      <source>Statements</source>
      <translation>İfadələr</translation>
    </message>
    <message>
      <source>the case</source>
      <translation>iş</translation>
    </message>
    <message>
      <source>Why this correction</source>
      <translation>Bu düzəlişin səbəbi</translation>
    </message>
    <message>
      <source>e.g. name misspelled in the interview notes</source>
      <translation>məs. müsahibə qeydlərində ad səhv yazılıb</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Saxlanılır</translation>
    </message>
    <message>
      <source>Say why this record is corrected.</source>
      <translation>Bu qeydin niyə düzəldildiyini yazın.</translation>
    </message>
    <message>
      <source>New incident</source>
      <translation>Yeni insident</translation>
    </message>
    <message>
      <source>Correct incident</source>
      <translation>İnsidenti düzəlt</translation>
    </message>
    <message>
      <source>Violation</source>
      <translation>Pozuntu</translation>
    </message>
    <message>
      <source>2020-11-09, 2020-11, 2020 or around 2020</source>
      <translation>2020-11-09, 2020-11, 2020 və ya təxminən 2020</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Yer</translation>
    </message>
    <message>
      <source>Facility</source>
      <translation>Müəssisə</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(yoxdur)</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Təsvir</translation>
    </message>
    <message>
      <source>New facility</source>
      <translation>Yeni müəssisə</translation>
    </message>
    <message>
      <source>Correct facility</source>
      <translation>Müəssisəni düzəlt</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>Aliases (one a line)</source>
      <translation>Digər adlar (hər sətirdə biri)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Qeydlər</translation>
    </message>
    <message>
      <source>Violation type</source>
      <translation>Pozuntunun növü</translation>
    </message>
    <message>
      <source>Date of the incident</source>
      <translation>İnsidentin tarixi</translation>
    </message>
    <message>
      <source>Aliases, one a line</source>
      <translation>Digər adlar, hər sətirdə biri</translation>
    </message>
    <message>
      <source>Facility type</source>
      <translation>Müəssisənin növü</translation>
    </message>
    <message>
      <source>Incidents &amp;&amp; facilities</source>
      <translation>İnsidentlər və müəssisələr</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>İnsidentlər</translation>
    </message>
    <message>
      <source>New incident…</source>
      <translation>Yeni insident…</translation>
    </message>
    <message>
      <source>Correct…</source>
      <translation>Düzəlt…</translation>
    </message>
    <message>
      <source>Retract…</source>
      <translation>Geri çağır…</translation>
    </message>
    <message>
      <source>Facilities</source>
      <translation>Müəssisələr</translation>
    </message>
    <message>
      <source>New facility…</source>
      <translation>Yeni müəssisə…</translation>
    </message>
    <message>
      <source>retracted: {reason}</source>
      <translation>geri çağırılıb: {reason}</translation>
    </message>
    <message>
      <source>Links</source>
      <translation>Əlaqələr</translation>
    </message>
    <message>
      <source>Retracted</source>
      <translation>Geri çağırılıb</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Düzəlişlər</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Əlavə edilib</translation>
    </message>
    <message>
      <source>Aliases</source>
      <translation>Digər adlar</translation>
    </message>
    <message>
      <source>Take files in</source>
      <translation>Faylların qəbulu</translation>
    </message>
    <message>
      <source>These files will be encrypted into the vault. The originals are not changed and stay where they are.</source>
      <translation>Bu fayllar anbarda şifrələnəcək. Orijinallar dəyişmir və yerində qalır.</translation>
    </message>
    <message>
      <source>Files to take in</source>
      <translation>Qəbul ediləcək fayllar</translation>
    </message>
    <message>
      <source>Statement the files belong to</source>
      <translation>Faylların aid olduğu ifadə</translation>
    </message>
    <message>
      <source>None: the files belong to the case</source>
      <translation>Heç biri: fayllar işə aiddir</translation>
    </message>
    <message>
      <source>Belongs to statement:</source>
      <translation>Aid olduğu ifadə:</translation>
    </message>
    <message>
      <source>Intake progress</source>
      <translation>Qəbulun gedişi</translation>
    </message>
    <message>
      <source>Intake status</source>
      <translation>Qəbulun vəziyyəti</translation>
    </message>
    <message>
      <source>Notes after intake</source>
      <translation>Qəbuldan sonrakı qeydlər</translation>
    </message>
    <message>
      <source>Take it in again</source>
      <translation>Yenidən qəbul et</translation>
    </message>
    <message>
      <source>Take in</source>
      <translation>Qəbul et</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Ləğv et</translation>
    </message>
    <message>
      <source>Taking files in</source>
      <translation>Fayllar qəbul edilir</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fayl</translation>
    </message>
    <message>
      <source>not taken in</source>
      <translation>qəbul edilməyib</translation>
    </message>
    <message>
      <source>Cancelled: nothing was taken in.</source>
      <translation>Ləğv edildi: heç nə qəbul edilmədi.</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>gözləyir</translation>
    </message>
    <message>
      <source>encrypted</source>
      <translation>şifrələnib</translation>
    </message>
    <message>
      <source>{n} file(s) taken in, encrypted.</source>
      <translation>Qəbul edilib və şifrələnib: {n} fayl.</translation>
    </message>
    <message>
      <source>Location: {line}.</source>
      <translation>Yer: {line}.</translation>
    </message>
    <message>
      <source>Encrypting {name} (file {n} of {count})</source>
      <translation>{name} şifrələnir (fayl {n} / {count})</translation>
    </message>
    <message>
      <source>taken in as {code}</source>
      <translation>{code} kimi qəbul edilib</translation>
    </message>
    <message>
      <source>Note: {text}.</source>
      <translation>Qeyd: {text}.</translation>
    </message>
    <message>
      <source>Take it in again anyway, as a new attachment?</source>
      <translation>Yenə də yeni əlavə kimi qəbul edilsin?</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Dil:</translation>
    </message>
    <message>
      <source>Language of the window</source>
      <translation>Pəncərənin dili</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>Sistemdəki kimi</translation>
    </message>
    <message>
      <source>Retracting</source>
      <translation>Geri çağırılır</translation>
    </message>
    <message>
      <source>Retract {what}</source>
      <translation>Geri çağır: {what}</translation>
    </message>
    <message>
      <source>Retract {what}? It stays in the vault but is hidden from lists, search and exports. A retraction cannot be undone.</source>
      <translation>{what} geri çağırılsın? Anbarda qalır, lakin siyahılardan, axtarışdan və ixracdan gizlədilir. Geri çağırmanı ləğv etmək olmaz.</translation>
    </message>
    <message>
      <source>Why is {what} retracted? (kept in the vault)</source>
      <translation>{what} niyə geri çağırılır? (anbarda saxlanılır)</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation>qeydə alınmayıb</translation>
    </message>
    <message>
      <source>may be re-contacted</source>
      <translation>yenidən əlaqə saxlamaq olar</translation>
    </message>
    <message>
      <source>no re-contact</source>
      <translation>yenidən əlaqə yoxdur</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Rollar</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Doğum tarixi</translation>
    </message>
    <message>
      <source>Consent history</source>
      <translation>Razılıq tarixçəsi</translation>
    </message>
    <message>
      <source>Statements given</source>
      <translation>Verilmiş ifadələr</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>İdxal edilib</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Şəxslər</translation>
    </message>
    <message>
      <source>New person…</source>
      <translation>Yeni şəxs…</translation>
    </message>
    <message>
      <source>Consent…</source>
      <translation>Razılıq…</translation>
    </message>
    <message>
      <source>since {date}</source>
      <translation>{date} tarixindən</translation>
    </message>
    <message>
      <source>from a bundle</source>
      <translation>paketdən</translation>
    </message>
    <message>
      <source>Person saved</source>
      <translation>Şəxs saxlanıldı</translation>
    </message>
    <message>
      <source>Name clash</source>
      <translation>Adların üst-üstə düşməsi</translation>
    </message>
    <message>
      <source>anonymity {choice}</source>
      <translation>anonimlik: {choice}</translation>
    </message>
    <message>
      <source>No. {n}, {date}: {decision}</source>
      <translation>№ {n}, {date}: {decision}</translation>
    </message>
    <message>
      <source>Person {code} is saved. Please check:</source>
      <translation>{code} şəxsi saxlanıldı. Zəhmət olmasa yoxlayın:</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Yeni şəxs</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rol</translation>
    </message>
    <message>
      <source>1984-03-02, 1984-03, 1984 or around 1984</source>
      <translation>1984-03-02, 1984-03, 1984 və ya təxminən 1984</translation>
    </message>
    <message>
      <source>The correction replaces what is shown everywhere; the custody log keeps that it was made, by whom and when, and which fields changed; the reason stays in the vault with it and is never exported.</source>
      <translation>Düzəliş göstəriləni hər yerdə əvəz edir; saxlanma jurnalı onun edildiyini, kim tərəfindən və nə vaxt, hansı sahələrin dəyişdiyini saxlayır; səbəb onunla birgə anbarda qalır və heç vaxt ixrac edilmir.</translation>
    </message>
    <message>
      <source>empty: no date of birth</source>
      <translation>boş: doğum tarixi yoxdur</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Doğum tarixi</translation>
    </message>
    <message>
      <source>Correct person {code}</source>
      <translation>{code} şəxsini düzəlt</translation>
    </message>
    <message>
      <source>Role {role}</source>
      <translation>Rol: {role}</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Baxış</translation>
    </message>
    <message>
      <source>Preview picture</source>
      <translation>Baxış şəkli</translation>
    </message>
    <message>
      <source>Preview message</source>
      <translation>Baxış mesajı</translation>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>Baxış hazırlanır…</translation>
    </message>
    <message>
      <source>Preparing the preview</source>
      <translation>Baxış hazırlanır</translation>
    </message>
    <message>
      <source>{w} × {h} pixels</source>
      <translation>{w} × {h} piksel</translation>
    </message>
    <message>
      <source>No preview for this file.</source>
      <translation>Bu fayl üçün baxış yoxdur.</translation>
    </message>
    <message>
      <source>No preview: {why}</source>
      <translation>Baxış yoxdur: {why}</translation>
    </message>
    <message>
      <source>Forget this recipient? Bundles already encrypted for it are not changed.</source>
      <translation>Bu alıcı unudulsun? Artıq onun üçün şifrələnmiş paketlər dəyişmir.</translation>
    </message>
    <message>
      <source>Add a recipient</source>
      <translation>Alıcı əlavə et</translation>
    </message>
    <message>
      <source>Recipient's name</source>
      <translation>Alıcının adı</translation>
    </message>
    <message>
      <source>Who holds the key, e.g. HQ legal team</source>
      <translation>Açar kimdədir, məs. Baş ofisin hüquq qrupu</translation>
    </message>
    <message>
      <source>Recipient's age public key</source>
      <translation>Alıcının age açıq açarı</translation>
    </message>
    <message>
      <source>age1…</source>
      <translation>age1…</translation>
    </message>
    <message>
      <source>Public key:</source>
      <translation>Açıq açar:</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Alıcılar</translation>
    </message>
    <message>
      <source>Recipients of the encrypted bundle</source>
      <translation>Şifrələnmiş paketin alıcıları</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Əlavə et…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Reading recipients</source>
      <translation>Alıcılar oxunur</translation>
    </message>
    <message>
      <source>Saving the recipient</source>
      <translation>Alıcı saxlanılır</translation>
    </message>
    <message>
      <source>Removing the recipient</source>
      <translation>Alıcı silinir</translation>
    </message>
    <message>
      <source>Remove a recipient</source>
      <translation>Alıcını sil</translation>
    </message>
    <message>
      <source>Filter this list</source>
      <translation>Bu siyahını süz</translation>
    </message>
    <message>
      <source>Filter {what}</source>
      <translation>Süz: {what}</translation>
    </message>
    <message>
      <source>{n} shown</source>
      <translation>Göstərilir: {n}</translation>
    </message>
    <message>
      <source>name or alias of a person</source>
      <translation>şəxsin adı və ya digər adı</translation>
    </message>
    <message>
      <source>phone number</source>
      <translation>telefon nömrəsi</translation>
    </message>
    <message>
      <source>phone-like number</source>
      <translation>telefon nömrəsinə bənzər rəqəm</translation>
    </message>
    <message>
      <source>e-mail address</source>
      <translation>e-poçt ünvanı</translation>
    </message>
    <message>
      <source>messenger or social handle</source>
      <translation>messencer və ya sosial şəbəkə adı</translation>
    </message>
    <message>
      <source>id or document number</source>
      <translation>şəxsiyyət və ya sənəd nömrəsi</translation>
    </message>
    <message>
      <source>coordinates</source>
      <translation>koordinatlar</translation>
    </message>
    <message>
      <source>added by hand</source>
      <translation>əl ilə əlavə edilib</translation>
    </message>
    <message>
      <source>undecided</source>
      <translation>qərar verilməyib</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>qəbul edilib</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rədd edilib</translation>
    </message>
    <message>
      <source>kept by profile</source>
      <translation>profilə görə saxlanılıb</translation>
    </message>
    <message>
      <source>identity (a name)</source>
      <translation>şəxsiyyət (ad)</translation>
    </message>
    <message>
      <source>contact (phone, e-mail, handle)</source>
      <translation>əlaqə (telefon, e-poçt, şəbəkə adı)</translation>
    </message>
    <message>
      <source>location</source>
      <translation>yer</translation>
    </message>
    <message>
      <source>document or id number</source>
      <translation>sənəd və ya şəxsiyyət nömrəsi</translation>
    </message>
    <message>
      <source>other</source>
      <translation>digər</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Tərcümə</translation>
    </message>
    <message>
      <source>Original</source>
      <translation>Orijinal</translation>
    </message>
    <message>
      <source>their code</source>
      <translation>onların kodu</translation>
    </message>
    <message>
      <source>{profile}: not reviewed</source>
      <translation>{profile}: yoxlanılmayıb</translation>
    </message>
    <message>
      <source>Export profile:</source>
      <translation>İxrac profili:</translation>
    </message>
    <message>
      <source>Preview as exported</source>
      <translation>İxrac olunan şəkildə baxış</translation>
    </message>
    <message>
      <source>Show exactly the file the recipient gets for this profile (read-only)</source>
      <translation>Alıcının bu profil üzrə alacağı faylı olduğu kimi göstər (yalnız oxumaq üçün)</translation>
    </message>
    <message>
      <source>Mark reviewed</source>
      <translation>Yoxlanılmış kimi qeyd et</translation>
    </message>
    <message>
      <source>Record that you looked at the file shown, as exported</source>
      <translation>Göstərilən fayla ixrac olunan şəkildə baxdığınızı qeydə al</translation>
    </message>
    <message>
      <source>What the preview shows</source>
      <translation>Baxışın göstərdiyi</translation>
    </message>
    <message>
      <source>Review state</source>
      <translation>Yoxlamanın vəziyyəti</translation>
    </message>
    <message>
      <source>{profile}: reviewed as exported</source>
      <translation>{profile}: ixrac olunan şəkildə yoxlanılıb</translation>
    </message>
    <message>
      <source>{profile}: needs a new look ({why})</source>
      <translation>{profile}: yenidən baxmaq lazımdır ({why})</translation>
    </message>
    <message>
      <source>changed since the review</source>
      <translation>yoxlamadan sonra dəyişib</translation>
    </message>
    <message>
      <source>As exported for {profile}: {type}, SHA-256 {sha}</source>
      <translation>{profile} üçün ixrac olunan şəkildə: {type}, SHA-256 {sha}</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Parametrlər</translation>
    </message>
    <message>
      <source> min</source>
      <translation> dəq</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Heç vaxt</translation>
    </message>
    <message>
      <source>Lock after minutes without input</source>
      <translation>Bu qədər dəqiqə fəaliyyətsizlikdən sonra kilidlə</translation>
    </message>
    <message>
      <source>Lock after this long without input:</source>
      <translation>Bu qədər fəaliyyətsizlikdən sonra kilidlə:</translation>
    </message>
    <message>
      <source>Remember this vault's folder on this computer</source>
      <translation>Bu anbarın qovluğunu bu kompüterdə yadda saxla</translation>
    </message>
    <message>
      <source>These settings are kept inside the encrypted vault. Only the folder's path is noted outside it, so that the next start opens this vault; turn remembering off and the note is removed.</source>
      <translation>Bu parametrlər şifrələnmiş anbarın içində saxlanılır. Ondan kənarda yalnız qovluğun yolu qeyd edilir ki, növbəti açılışda bu anbar açılsın; yadda saxlamağı söndürün və qeyd silinəcək.</translation>
    </message>
    <message>
      <source>The demo vault is thrown away on quit.</source>
      <translation>Demo anbarı çıxışda silinir.</translation>
    </message>
    <message>
      <source>Witness statements and files, encrypted on this computer, redacted before they leave, exported as signed bundles.</source>
      <translation>Şahid ifadələri və fayllar: bu kompüterdə şifrələnir, getməzdən əvvəl gizlədilir, imzalanmış paketlər kimi ixrac edilir.</translation>
    </message>
    <message>
      <source>Create a new vault…</source>
      <translation>Yeni anbar yarat…</translation>
    </message>
    <message>
      <source>Open a vault folder…</source>
      <translation>Anbar qovluğunu aç…</translation>
    </message>
    <message>
      <source>Open a vault folder</source>
      <translation>Anbar qovluğunu aç</translation>
    </message>
    <message>
      <source>Vault folder</source>
      <translation>Anbar qovluğu</translation>
    </message>
    <message>
      <source>an empty or new folder</source>
      <translation>boş və ya yeni qovluq</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Qovluq:</translation>
    </message>
    <message>
      <source>Your name in the custody log</source>
      <translation>Saxlanma jurnalında adınız</translation>
    </message>
    <message>
      <source>Your name (custody log):</source>
      <translation>Adınız (saxlanma jurnalı):</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Şifrə ifadəsi</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Şifrə ifadəsi yenidən</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Şifrə ifadəsi:</translation>
    </message>
    <message>
      <source>Passphrase again:</source>
      <translation>Yenidən:</translation>
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation>Şifrə ifadəsinin etibarlılığı</translation>
    </message>
    <message>
      <source>Strength:</source>
      <translation>Etibarlılıq:</translation>
    </message>
    <message>
      <source>There is no way back in without your passphrase or the recovery code shown next. If both are lost, the evidence in this vault is lost for good: nobody, including the makers of this app, can open it.</source>
      <translation>Şifrə ifadəniz və ya sonra göstəriləcək bərpa kodu olmadan içəri girmək mümkün deyil. Hər ikisi itərsə, bu anbardakı sübutlar həmişəlik itir: heç kim, o cümlədən bu proqramın yaradıcıları, onu aça bilməz.</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Xəbərdarlıq</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Geri</translation>
    </message>
    <message>
      <source>Create vault</source>
      <translation>Anbar yarat</translation>
    </message>
    <message>
      <source>Folder for the new vault</source>
      <translation>Yeni anbar üçün qovluq</translation>
    </message>
    <message>
      <source>Too short: at least 8 characters.</source>
      <translation>Çox qısadır: ən azı 8 simvol.</translation>
    </message>
    <message>
      <source>Write this code on paper and keep it apart from the laptop. It opens the vault if the passphrase is forgotten. It is shown only now.</source>
      <translation>Bu kodu kağıza yazın və noutbukdan ayrı saxlayın. Şifrə ifadəsi unudularsa, anbarı o açır. Yalnız indi göstərilir.</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Bərpa kodu</translation>
    </message>
    <message>
      <source>I have written it down</source>
      <translation>Onu yazdım</translation>
    </message>
    <message>
      <source>I have written the recovery code down</source>
      <translation>Bərpa kodunu yazdım</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Davam et</translation>
    </message>
    <message>
      <source>Use the recovery code instead</source>
      <translation>Əvəzinə bərpa kodundan istifadə et</translation>
    </message>
    <message>
      <source>Unlocking</source>
      <translation>Kilid açılır</translation>
    </message>
    <message>
      <source>Another vault…</source>
      <translation>Başqa anbar…</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Kilidi aç</translation>
    </message>
    <message>
      <source>Create a vault</source>
      <translation>Anbar yarat</translation>
    </message>
    <message>
      <source>{label}; a guessing attack on a seized laptop would take {time}.</source>
      <translation>{label}; ələ keçirilmiş noutbukda təxmin hücumu {time} çəkərdi.</translation>
    </message>
    <message>
      <source>Choose a folder for the vault.</source>
      <translation>Anbar üçün qovluq seçin.</translation>
    </message>
    <message>
      <source>The two passphrases differ; type the second one again.</source>
      <translation>İki şifrə ifadəsi fərqlidir; ikincisini yenidən yazın.</translation>
    </message>
    <message>
      <source>The passphrase must have at least 8 characters.</source>
      <translation>Şifrə ifadəsində ən azı 8 simvol olmalıdır.</translation>
    </message>
    <message>
      <source>Creating the vault</source>
      <translation>Anbar yaradılır</translation>
    </message>
    <message>
      <source>Your recovery code</source>
      <translation>Bərpa kodunuz</translation>
    </message>
    <message>
      <source>Unlock the vault</source>
      <translation>Anbarın kilidini aç</translation>
    </message>
    <message>
      <source>Recovery code:</source>
      <translation>Bərpa kodu:</translation>
    </message>
    <message>
      <source>Vault folder: {folder}</source>
      <translation>Anbar qovluğu: {folder}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Dil</translation>
    </message>
    <message>
      <source>Interview date</source>
      <translation>Müsahibə tarixi</translation>
    </message>
    <message>
      <source>2020-11-09, 2020-11, 2020 or ~2020-11</source>
      <translation>2020-11-09, 2020-11, 2020 və ya ~2020-11</translation>
    </message>
    <message>
      <source>Interviewer</source>
      <translation>Müsahibəni aparan</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Tərcüməçi</translation>
    </message>
    <message>
      <source>Translation language</source>
      <translation>Tərcümə dili</translation>
    </message>
    <message>
      <source>Correct what was entered wrongly; the text is not changed. You will be asked why.</source>
      <translation>Səhv daxil ediləni düzəldin; mətn dəyişmir. Səbəbi soruşulacaq.</translation>
    </message>
    <message>
      <source>Interview date:</source>
      <translation>Müsahibə tarixi:</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>Yer:</translation>
    </message>
    <message>
      <source>Interviewer:</source>
      <translation>Müsahibəni aparan:</translation>
    </message>
    <message>
      <source>Interpreter:</source>
      <translation>Tərcüməçi:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Növ:</translation>
    </message>
    <message>
      <source>Translation language:</source>
      <translation>Tərcümə dili:</translation>
    </message>
    <message>
      <source>Why are these details corrected? (kept in the vault with the change)</source>
      <translation>Bu məlumatlar niyə düzəldilir? (dəyişikliklə birgə anbarda saxlanılır)</translation>
    </message>
    <message>
      <source>The text and the translation are unchanged: nothing to save.</source>
      <translation>Mətn və tərcümə dəyişməyib: saxlanılacaq heç nə yoxdur.</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>A correction needs a reason; nothing was changed.</source>
      <translation>Düzəliş üçün səbəb lazımdır; heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>Edit text of {code}</source>
      <translation>{code} mətninin redaktəsi</translation>
    </message>
    <message>
      <source>Saving makes version {n}; every earlier version is kept as it was. Redaction decisions on unchanged words are kept.</source>
      <translation>Saxlamaq {n} versiyasını yaradır; bütün əvvəlki versiyalar olduğu kimi saxlanılır. Dəyişməmiş sözlər üzrə gizlətmə qərarları saxlanılır.</translation>
    </message>
    <message>
      <source>Correct details of {code}</source>
      <translation>{code} məlumatlarının düzəldilməsi</translation>
    </message>
    <message>
      <source>Why correct {code}?</source>
      <translation>{code} niyə düzəldilir?</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>— nobody —</source>
      <translation>— heç kim —</translation>
    </message>
    <message>
      <source>New statement</source>
      <translation>Yeni ifadə</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Şahid</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Mövzular</translation>
    </message>
    <message>
      <source>Witness:</source>
      <translation>Şahid:</translation>
    </message>
    <message>
      <source>Topics:</source>
      <translation>Mövzular:</translation>
    </message>
    <message>
      <source>Add the witness on the People tab first.</source>
      <translation>Əvvəlcə şahidi «Şəxslər» tabında əlavə edin.</translation>
    </message>
    <message>
      <source>Select a statement to read it.</source>
      <translation>Oxumaq üçün ifadə seçin.</translation>
    </message>
    <message>
      <source>{code}, version {n} of {total}</source>
      <translation>{code}, versiya {n} / {total}</translation>
    </message>
    <message>
      <source>New statement…</source>
      <translation>Yeni ifadə…</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>İfadə</translation>
    </message>
    <message>
      <source>Text copied; the clipboard is cleared in 30 seconds.</source>
      <translation>Mətn köçürüldü; mübadilə buferi 30 saniyəyə təmizlənəcək.</translation>
    </message>
    <message>
      <source>Edit text…</source>
      <translation>Mətni redaktə et…</translation>
    </message>
    <message>
      <source>Versions…</source>
      <translation>Versiyalar…</translation>
    </message>
    <message>
      <source>Correct details…</source>
      <translation>Məlumatları düzəlt…</translation>
    </message>
    <message>
      <source>Copy text</source>
      <translation>Mətni köçür</translation>
    </message>
    <message>
      <source>{code}: version {n} saved.</source>
      <translation>{code}: {n} versiyası saxlanıldı.</translation>
    </message>
    <message>
      <source>Retract {code}? It stays in the vault but leaves the lists, search and exports. A retraction is final.</source>
      <translation>{code} geri çağırılsın? Anbarda qalır, lakin siyahılardan, axtarışdan və ixracdan çıxır. Geri çağırma qətidir.</translation>
    </message>
    <message>
      <source>{code} saved as version 1.</source>
      <translation>{code} 1-ci versiya kimi saxlanıldı.</translation>
    </message>
    <message>
      <source>{code}: details corrected.</source>
      <translation>{code}: məlumatlar düzəldildi.</translation>
    </message>
    <message>
      <source>Retract {code}</source>
      <translation>{code} geri çağır</translation>
    </message>
    <message>
      <source>Why is {code} retracted? (kept in the vault)</source>
      <translation>{code} niyə geri çağırılır? (anbarda saxlanılır)</translation>
    </message>
    <message>
      <source>{n} redaction decision(s) were on words that changed and need a new look.</source>
      <translation>Dəyişmiş sözlərə aid olan və yenidən baxılmalı gizlətmə qərarları: {n}.</translation>
    </message>
    <message>
      <source>{code} was retracted.</source>
      <translation>{code} geri çağırıldı.</translation>
    </message>
    <message>
      <source>Original text</source>
      <translation>Orijinal mətn</translation>
    </message>
    <message>
      <source>Select a proposal in the list or press N.</source>
      <translation>Siyahıda təklif seçin və ya N düyməsini basın.</translation>
    </message>
    <message>
      <source>Selected proposal</source>
      <translation>Seçilmiş təklif</translation>
    </message>
    <message>
      <source>&amp;Accept (A)</source>
      <translation>&amp;Qəbul et (A)</translation>
    </message>
    <message>
      <source>&amp;Reject (R)</source>
      <translation>&amp;Rədd et (R)</translation>
    </message>
    <message>
      <source>Accept all of this person</source>
      <translation>Bu şəxsə aid hamısını qəbul et</translation>
    </message>
    <message>
      <source>Accept all</source>
      <translation>Hamısını qəbul et</translation>
    </message>
    <message>
      <source>Redact selection… (S)</source>
      <translation>Seçiləni gizlət… (S)</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z)</source>
      <translation>Geri al (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Show proposals</source>
      <translation>Təklifləri göstər</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Göstər:</translation>
    </message>
    <message>
      <source>Proposals</source>
      <translation>Təkliflər</translation>
    </message>
    <message>
      <source>e.g. az-Arab</source>
      <translation>məs. az-Arab</translation>
    </message>
    <message>
      <source>Original as exported</source>
      <translation>İxrac olunan şəkildə orijinal</translation>
    </message>
    <message>
      <source>Translation as exported</source>
      <translation>İxrac olunan şəkildə tərcümə</translation>
    </message>
    <message>
      <source>Place as exported</source>
      <translation>İxrac olunan şəkildə yer</translation>
    </message>
    <message>
      <source>Undecided hits</source>
      <translation>Qərarsız tapıntılar</translation>
    </message>
    <message>
      <source>Exactly as the {profile} export carries this statement.</source>
      <translation>{profile} ixracının bu ifadəni apardığı kimi.</translation>
    </message>
    <message>
      <source>Not exported for {profile}: {why}. As it would read:</source>
      <translation>{profile} üçün ixrac edilmir: {why}. Belə oxunardı:</translation>
    </message>
    <message>
      <source>Place: {place}</source>
      <translation>Yer: {place}</translation>
    </message>
    <message>
      <source>{where}: “{text}” — {kind}</source>
      <translation>{where}: «{text}» — {kind}</translation>
    </message>
    <message>
      <source>{n} hit(s) nobody decided for {profile}, highlighted above: the export refuses until each is accepted or rejected.</source>
      <translation>{profile} üçün heç kimin qərar vermədiyi tapıntılar: {n}, yuxarıda vurğulanıb: hər biri qəbul və ya rədd edilənə qədər ixrac imtina edir.</translation>
    </message>
    <message>
      <source>Nothing undecided for {profile}: this is the text that leaves.</source>
      <translation>{profile} üçün qərarsız heç nə yoxdur: gedən mətn budur.</translation>
    </message>
    <message>
      <source>Keys: A accept · R reject · N / P next / previous · S redact selection · Ctrl+Z undo</source>
      <translation>Düymələr: A qəbul · R rədd · N / P növbəti / əvvəlki · S seçiləni gizlət · Ctrl+Z geri al</translation>
    </message>
    <message>
      <source>Decide</source>
      <translation>Qərar ver</translation>
    </message>
    <message>
      <source>Deciding</source>
      <translation>Qərar verilir</translation>
    </message>
    <message>
      <source>Redact selection</source>
      <translation>Seçiləni gizlət</translation>
    </message>
    <message>
      <source>Why must these words not leave?</source>
      <translation>Bu sözlər niyə getməməlidir?</translation>
    </message>
    <message>
      <source>Adding</source>
      <translation>Əlavə edilir</translation>
    </message>
    <message>
      <source>Undoing</source>
      <translation>Geri alınır</translation>
    </message>
    <message>
      <source>Looking for names and numbers</source>
      <translation>Adlar və nömrələr axtarılır</translation>
    </message>
    <message>
      <source>Select the words to redact in the original or the translation.</source>
      <translation>Gizlədiləcək sözləri orijinalda və ya tərcümədə seçin.</translation>
    </message>
    <message>
      <source>Nothing to undo in this window.</source>
      <translation>Bu pəncərədə geri alınacaq heç nə yoxdur.</translation>
    </message>
    <message>
      <source>{undecided} undecided, {accepted} accepted, {rejected} rejected</source>
      <translation>qərarsız: {undecided}, qəbul edilib: {accepted}, rədd edilib: {rejected}</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>Versiyalar</translation>
    </message>
    <message>
      <source>Compare from version</source>
      <translation>Bu versiyadan müqayisə et</translation>
    </message>
    <message>
      <source>Compare to version</source>
      <translation>Bu versiya ilə müqayisə et</translation>
    </message>
    <message>
      <source>Changes between the two versions</source>
      <translation>İki versiya arasındakı dəyişikliklər</translation>
    </message>
    <message>
      <source>Versions of {code}</source>
      <translation>{code} versiyaları</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Müqayisə et</translation>
    </message>
    <message>
      <source>with</source>
      <translation>ilə</translation>
    </message>
    <message>
      <source>added</source>
      <translation>əlavə edilib</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>silinib</translation>
    </message>
    <message>
      <source>version {n}</source>
      <translation>versiya {n}</translation>
    </message>
    <message>
      <source>&amp;Vault</source>
      <translation>&amp;Anbar</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Kilidlə</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Çıxış</translation>
    </message>
    <message>
      <source>Reading settings</source>
      <translation>Parametrlər oxunur</translation>
    </message>
    <message>
      <source>Unlocked</source>
      <translation>Kilid açıqdır</translation>
    </message>
    <message>
      <source>Saving settings</source>
      <translation>Parametrlər saxlanılır</translation>
    </message>
    <message>
      <source>Evidence Vault — DEMO (a throwaway sample vault)</source>
      <translation>Evidence Vault — DEMO (sınaq anbarı, çıxışda silinir)</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Kilidlənib</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>İşlər</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>Yeni iş…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>İxrac…</translation>
    </message>
    <message>
      <source>Search names, codes, statements and files in every case</source>
      <translation>Bütün işlərdə adları, kodları, ifadələri və faylları axtar</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Axtarış</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Axtarış nəticələri</translation>
    </message>
    <message>
      <source>Case records</source>
      <translation>İşin qeydləri</translation>
    </message>
    <message>
      <source>Reading cases</source>
      <translation>İşlər oxunur</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>Yeni iş</translation>
    </message>
    <message>
      <source>Title of the case:</source>
      <translation>İşin adı:</translation>
    </message>
    <message>
      <source>Searching</source>
      <translation>Axtarılır</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Tapıldı</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>İş</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Harada</translation>
    </message>
    <message>
      <source>  (imported)</source>
      <translation>  (idxal edilib)</translation>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>Heç nə tapılmadı.</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versiya</translation>
    </message>
    <message>
      <source>Saved (UTC)</source>
      <translation>Saxlanılıb (UTC)</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Operator</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Translation SHA-256</source>
      <translation>Tərcümənin SHA-256-ı</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Mətn</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Şəxs</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Vəziyyət</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Əvəz olunur</translation>
    </message>
    <message>
      <source>Opens safely</source>
      <translation>Təhlükəsiz açılır</translation>
    </message>
    <message>
      <source>Layout (BagIt)</source>
      <translation>Quruluş (BagIt)</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>İmza</translation>
    </message>
    <message>
      <source>Bundle identity</source>
      <translation>Paketin identifikatoru</translation>
    </message>
    <message>
      <source>Files and hashes</source>
      <translation>Fayllar və heşlər</translation>
    </message>
    <message>
      <source>Custody chain</source>
      <translation>Saxlanma zənciri</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>keçdi</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>UĞURSUZ</translation>
    </message>
    <message>
      <source>not checked</source>
      <translation>yoxlanılmayıb</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Kim qeydə alıb</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Qeydə alınıb</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Hamısı</translation>
    </message>
    <message>
      <source>Undecided</source>
      <translation>Qərarsız</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Qəbul edilmiş</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Rədd edilmiş</translation>
    </message>
    <message>
      <source>Kept by profile</source>
      <translation>Profilə görə saxlanılmış</translation>
    </message>
    <message>
      <source>legal</source>
      <translation>hüquqi</translation>
    </message>
    <message>
      <source>government</source>
      <translation>dövlət</translation>
    </message>
    <message>
      <source>ngo</source>
      <translation>QHT</translation>
    </message>
    <message>
      <source>media</source>
      <translation>media</translation>
    </message>
    <message>
      <source>public</source>
      <translation>ictimai</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>sübutlar</translation>
    </message>
    <message>
      <source>For lawyers and courts: witnesses and victims by code, perpetrators named; statements of witnesses who consented to legal use.</source>
      <translation>Hüquqşünaslar və məhkəmələr üçün: şahidlər və zərərçəkmişlər kodla, hüquq pozucuları adla; hüquqi istifadəyə razılıq vermiş şahidlərin ifadələri.</translation>
    </message>
    <message>
      <source>For a government body: witnesses and victims by code, perpetrators named; statements of witnesses who consented to government use.</source>
      <translation>Dövlət orqanı üçün: şahidlər və zərərçəkmişlər kodla, hüquq pozucuları adla; dövlət istifadəsinə razılıq vermiş şahidlərin ifadələri.</translation>
    </message>
    <message>
      <source>For a partner organization: witnesses and victims by code, perpetrators named; statements of witnesses who consented to NGO use.</source>
      <translation>Tərəfdaş təşkilat üçün: şahidlər və zərərçəkmişlər kodla, hüquq pozucuları adla; QHT istifadəsinə razılıq vermiş şahidlərin ifadələri.</translation>
    </message>
    <message>
      <source>For journalists: everyone by code, perpetrators too; statements of witnesses who consented to media use.</source>
      <translation>Jurnalistlər üçün: hamı kodla, hüquq pozucuları da; mediada istifadəyə razılıq vermiş şahidlərin ifadələri.</translation>
    </message>
    <message>
      <source>For publication: everyone by code, perpetrators too; statements of witnesses who consented to public use.</source>
      <translation>Dərc üçün: hamı kodla, hüquq pozucuları da; ictimai istifadəyə razılıq vermiş şahidlərin ifadələri.</translation>
    </message>
    <message>
      <source>The full record for a court or HQ: real names, originals; consent to legal use decides; it must be an encrypted file.</source>
      <translation>Məhkəmə və ya baş ofis üçün tam material: həqiqi adlar, orijinallar; hüquqi istifadəyə razılıq həll edir; şifrələnmiş fayl olmalıdır.</translation>
    </message>
    <message>
      <source>Victim</source>
      <translation>Zərərçəkmiş</translation>
    </message>
    <message>
      <source>Perpetrator</source>
      <translation>Hüquq pozucusu</translation>
    </message>
    <message>
      <source>first account</source>
      <translation>ilkin izahat</translation>
    </message>
    <message>
      <source>formal</source>
      <translation>rəsmi</translation>
    </message>
    <message>
      <source>sworn</source>
      <translation>andlı</translation>
    </message>
    <message>
      <source>very weak</source>
      <translation>çox zəif</translation>
    </message>
    <message>
      <source>weak</source>
      <translation>zəif</translation>
    </message>
    <message>
      <source>fair</source>
      <translation>orta</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>güclü</translation>
    </message>
    <message>
      <source>very strong</source>
      <translation>çox güclü</translation>
    </message>
    <message>
      <source>The new language is used from the next start of Evidence Vault.</source>
      <translation>Yeni dil Evidence Vault-un növbəti açılışından istifadə olunacaq.</translation>
    </message>
    <message>
      <source>Size (bytes)</source>
      <translation>Ölçü (bayt)</translation>
    </message>
    <message>
      <source>Time (UTC)</source>
      <translation>Vaxt (UTC)</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Hərəkət</translation>
    </message>
    <message>
      <source>Encrypting</source>
      <translation>Şifrələnir</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>Ehtiyat nüsxə çıxarılır</translation>
    </message>
    <message>
      <source>Checking attachments</source>
      <translation>Əlavələr yoxlanılır</translation>
    </message>
    <message>
      <source>Upgrading the vault format</source>
      <translation>Anbar formatı yenilənir</translation>
    </message>
    <message>
      <source>Reading the bundle</source>
      <translation>Paket oxunur</translation>
    </message>
    <message>
      <source>Preparing files</source>
      <translation>Fayllar hazırlanır</translation>
    </message>
    <message>
      <source>Taking in attachments</source>
      <translation>Əlavələr qəbul edilir</translation>
    </message>
    <message>
      <source>Writing records</source>
      <translation>Qeydlər yazılır</translation>
    </message>
    <message>
      <source>Planning</source>
      <translation>Planlaşdırılır</translation>
    </message>
    <message>
      <source>Checking</source>
      <translation>Yoxlanılır</translation>
    </message>
    <message>
      <source>Redacting pages</source>
      <translation>Səhifələrdə gizlətmə</translation>
    </message>
    <message>
      <source>A backup is an encrypted copy of the whole vault (nothing is decrypted), written into a new folder inside the one you choose, then opened and checked. It opens with this vault's passphrase, recovery code and escrow identity as they are now.</source>
      <translation>Ehtiyat nüsxə bütün anbarın şifrələnmiş nüsxəsidir (heç nəyin şifrəsi açılmır): seçdiyiniz qovluğun içində yeni qovluğa yazılır, sonra açılır və yoxlanılır. O, bu anbarın şifrə ifadəsi, bərpa kodu və əmanət identifikasiyası ilə, onların indiki halında açılır.</translation>
    </message>
    <message>
      <source>Folder for the backup</source>
      <translation>Ehtiyat nüsxə üçün qovluq</translation>
    </message>
    <message>
      <source>e.g. an encrypted USB disk</source>
      <translation>məs. şifrələnmiş USB disk</translation>
    </message>
    <message>
      <source>Back up</source>
      <translation>Ehtiyat nüsxə çıxar</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>Ehtiyat nüsxə çıxarılır…</translation>
    </message>
    <message>
      <source>Into folder:</source>
      <translation>Qovluğa:</translation>
    </message>
    <message>
      <source>Choose the folder the backup goes into.</source>
      <translation>Ehtiyat nüsxənin yazılacağı qovluğu seçin.</translation>
    </message>
    <message>
      <source>Backup written to {folder} and verified: it was opened and checked ({attachments} attachments authenticated, {rows} custody events in an unbroken chain).</source>
      <translation>Ehtiyat nüsxə {folder} qovluğuna yazıldı və təsdiqləndi: açıldı və yoxlanıldı (həqiqiliyi təsdiqlənmiş əlavələr — {attachments}, qırılmamış zəncirdə saxlanma hadisələri — {rows}).</translation>
    </message>
    <message>
      <source>The backup at {folder} did not pass its check: {problems}</source>
      <translation>{folder} qovluğundakı ehtiyat nüsxə yoxlamadan keçmədi: {problems}</translation>
    </message>
    <message>
      <source>ERASE</source>
      <translation>SİL</translation>
    </message>
    <message>
      <source>Erase the vault</source>
      <translation>Anbarı sil</translation>
    </message>
    <message>
      <source>Erase this vault for good?</source>
      <translation>Bu anbar həmişəlik silinsin?</translation>
    </message>
    <message>
      <source>Keep the escrow slot (HQ can still open the vault)</source>
      <translation>Əmanət slotunu saxla (baş ofis anbarı yenə də aça biləcək)</translation>
    </message>
    <message>
      <source>Keep the escrow slot</source>
      <translation>Əmanət slotunu saxla</translation>
    </message>
    <message>
      <source>Type the word to confirm erasing</source>
      <translation>Silməni təsdiqləmək üçün sözü yazın</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>What erasing does: the key slots in the vault's key file are overwritten in place, so the passphrase and the recovery code no longer open it and nothing in it can be decrypted any more. It takes a moment and needs no passphrase. It cannot be undone.</source>
      <translation>Silmə nə edir: anbarın açar faylındakı açar slotlarının üzərinə yerindəcə yazılır, beləliklə şifrə ifadəsi və bərpa kodu onu artıq açmır və içindəkilərin heç birinin şifrəsi artıq açıla bilməz. Bu bir an çəkir və şifrə ifadəsi tələb etmir. Bunu geri qaytarmaq olmaz.</translation>
    </message>
    <message>
      <source>What it does NOT guarantee:
• copies and backups of the vault elsewhere still open with their passphrase or recovery code;
• flash disks and SSDs may keep old copies of the key file in worn-out blocks (wear-levelling) that overwriting cannot reach;
• an escrow slot kept on purpose still lets HQ open the vault;
• someone who already copied the keys or the unlocked vault keeps what they copied.</source>
      <translation>NƏYƏ zəmanət vermir:
• anbarın başqa yerlərdəki nüsxələri və ehtiyat nüsxələri öz şifrə ifadəsi və ya bərpa kodu ilə yenə də açılır;
• fleş disklər və SSD-lər açar faylının köhnə nüsxələrini köhnəlmiş bloklarda (aşınmanın bərabərləşdirilməsi) saxlaya bilər, üzərinə yazma isə ora çatmır;
• qəsdən saxlanılmış əmanət slotu baş ofisə anbarı açmağa yenə də imkan verir;
• açarları və ya kilidi açılmış anbarı artıq köçürmüş şəxsdə köçürdüyü qalır.</translation>
    </message>
    <message>
      <source>This vault has no escrow slot.</source>
      <translation>Bu anbarda əmanət slotu yoxdur.</translation>
    </message>
    <message>
      <source>Type {word} to confirm:</source>
      <translation>Təsdiqləmək üçün {word} yazın:</translation>
    </message>
    <message>
      <source>New recovery code</source>
      <translation>Yeni bərpa kodu</translation>
    </message>
    <message>
      <source>Copy (cleared from the clipboard in 30 s)</source>
      <translation>Köçür (mübadilə buferi 30 saniyəyə təmizlənəcək)</translation>
    </message>
    <message>
      <source>Write this code on paper and keep it apart from the laptop; it is shown only now. {why}</source>
      <translation>Bu kodu kağıza yazın və noutbukdan ayrı saxlayın; yalnız indi göstərilir. {why}</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Yeni şifrə ifadəsi</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>Yeni şifrə ifadəsi yenidən</translation>
    </message>
    <message>
      <source>New passphrase:</source>
      <translation>Yeni şifrə ifadəsi:</translation>
    </message>
    <message>
      <source>New passphrase again:</source>
      <translation>Yenidən:</translation>
    </message>
    <message>
      <source>Also re-key (someone else may know the old passphrase)</source>
      <translation>Açarı da dəyiş (köhnə şifrə ifadəsini başqası da bilə bilər)</translation>
    </message>
    <message>
      <source>Also re-key</source>
      <translation>Açarı da dəyiş</translation>
    </message>
    <message>
      <source>Without re-keying, backups and any old copy of the key file a disk kept still open with the old passphrase. Re-keying gives the vault a new master key and a new recovery code: old copies no longer open what it holds now. The vault is locked while it is re-keyed; unlock it with the new passphrase.</source>
      <translation>Açar dəyişməsi olmadan ehtiyat nüsxələr və diskdə qalmış açar faylının istənilən köhnə nüsxəsi köhnə şifrə ifadəsi ilə yenə də açılır. Açar dəyişməsi anbara yeni əsas açar və yeni bərpa kodu verir: köhnə nüsxələr artıq onda indi saxlananları açmır. Açar dəyişdirilərkən anbar kilidlənir; onun kilidini yeni şifrə ifadəsi ilə açın.</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Şifrə ifadəsini dəyiş</translation>
    </message>
    <message>
      <source>Changing the passphrase</source>
      <translation>Şifrə ifadəsi dəyişdirilir</translation>
    </message>
    <message>
      <source>Passphrase changed. Backups, and any old copy of the key file a disk kept, still open with the old one; if someone may know it, change it again with re-keying.</source>
      <translation>Şifrə ifadəsi dəyişdirildi. Ehtiyat nüsxələr və diskdə qalmış açar faylının istənilən köhnə nüsxəsi hələ də köhnəsi ilə açılır; onu başqası bilə bilərsə, açar dəyişməsi ilə yenidən dəyişin.</translation>
    </message>
    <message>
      <source>The recovery code opens the vault when the passphrase is forgotten. Make a new one if the paper was lost or seen: the old code stops working at once, and the new one is shown only once.</source>
      <translation>Şifrə ifadəsi unudulduqda anbarı bərpa kodu açır. Kağız itibsə və ya kimsə onu görübsə, yenisini yaradın: köhnə kod dərhal işləməyi dayandırır, yenisi isə yalnız bir dəfə göstərilir.</translation>
    </message>
    <message>
      <source>Make a new recovery code…</source>
      <translation>Yeni bərpa kodu yarat…</translation>
    </message>
    <message>
      <source>Make a new recovery code? The old one stops working.</source>
      <translation>Yeni bərpa kodu yaradılsın? Köhnəsi işləməyəcək.</translation>
    </message>
    <message>
      <source>Making a new recovery code</source>
      <translation>Yeni bərpa kodu yaradılır</translation>
    </message>
    <message>
      <source>Escrow slot</source>
      <translation>Əmanət slotu</translation>
    </message>
    <message>
      <source>HQ's age recipient</source>
      <translation>Baş ofisin age alıcısı</translation>
    </message>
    <message>
      <source>age1… (from HQ)</source>
      <translation>age1… (baş ofisdən)</translation>
    </message>
    <message>
      <source>HQ's age recipient:</source>
      <translation>Baş ofisin age alıcısı:</translation>
    </message>
    <message>
      <source>Remove the escrow slot…</source>
      <translation>Əmanət slotunu sil…</translation>
    </message>
    <message>
      <source>Add or replace</source>
      <translation>Əlavə et və ya əvəz et</translation>
    </message>
    <message>
      <source>An escrow slot lets HQ open this vault with its age identity if every passphrase and recovery code is lost, and survives an erase when asked to. A vault keeps one: adding another replaces it.</source>
      <translation>Əmanət slotu bütün şifrə ifadələri və bərpa kodları itdikdə baş ofisə bu anbarı öz age identifikasiyası ilə açmağa imkan verir və istənildikdə silinmədən sonra da qalır. Anbarda yalnız biri olur: başqasını əlavə etmək onu əvəz edir.</translation>
    </message>
    <message>
      <source>Adding the escrow slot</source>
      <translation>Əmanət slotu əlavə edilir</translation>
    </message>
    <message>
      <source>Remove the escrow slot</source>
      <translation>Əmanət slotunu sil</translation>
    </message>
    <message>
      <source>Remove the escrow slot? HQ will no longer be able to open this vault.</source>
      <translation>Əmanət slotu silinsin? Baş ofis artıq bu anbarı aça bilməyəcək.</translation>
    </message>
    <message>
      <source>Removing the escrow slot</source>
      <translation>Əmanət slotu silinir</translation>
    </message>
    <message>
      <source>Every custody event records who did it. A change is itself logged (under the old name); the events after it carry the new one.</source>
      <translation>Hər saxlanma hadisəsi onu kimin etdiyini qeyd edir. Dəyişikliyin özü də jurnala yazılır (köhnə adla); ondan sonrakı hadisələr yeni adı daşıyır.</translation>
    </message>
    <message>
      <source>Operator name in the custody log</source>
      <translation>Saxlanma jurnalında operatorun adı</translation>
    </message>
    <message>
      <source>Operator name:</source>
      <translation>Operatorun adı:</translation>
    </message>
    <message>
      <source>Save name</source>
      <translation>Adı saxla</translation>
    </message>
    <message>
      <source>Saving the operator name</source>
      <translation>Operatorun adı saxlanılır</translation>
    </message>
    <message>
      <source>Keys and care</source>
      <translation>Açarlar və baxım</translation>
    </message>
    <message>
      <source>Set a new passphrase</source>
      <translation>Yeni şifrə ifadəsi təyin et</translation>
    </message>
    <message>
      <source>You unlocked with the recovery code. Set a new passphrase now; then make a new recovery code (Vault &gt; Keys and care…) if this one may have been seen. Closing this without a new passphrase locks the vault again.</source>
      <translation>Anbarın kilidini bərpa kodu ilə açdınız. İndi yeni şifrə ifadəsi təyin edin; bu kodu kimsə görmüş ola bilərsə, sonra yeni bərpa kodu yaradın (Anbar &gt; Açarlar və baxım…). Bunu yeni şifrə ifadəsi olmadan bağlasanız, anbar yenidən kilidlənəcək.</translation>
    </message>
    <message>
      <source>Lock instead</source>
      <translation>Əvəzinə kilidlə</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Cari şifrə ifadəsi</translation>
    </message>
    <message>
      <source>Current passphrase:</source>
      <translation>Cari şifrə ifadəsi:</translation>
    </message>
    <message>
      <source>The two new passphrases differ; type the second one again.</source>
      <translation>İki yeni şifrə ifadəsi fərqlidir; ikincisini yenidən yazın.</translation>
    </message>
    <message>
      <source>Checking the current passphrase</source>
      <translation>Cari şifrə ifadəsi yoxlanılır</translation>
    </message>
    <message>
      <source>The old recovery code no longer works.</source>
      <translation>Köhnə bərpa kodu artıq işləmir.</translation>
    </message>
    <message>
      <source>A new recovery code was made; the old one no longer works.</source>
      <translation>Yeni bərpa kodu yaradıldı; köhnəsi artıq işləmir.</translation>
    </message>
    <message>
      <source>Paste HQ's age recipient (it starts with age1).</source>
      <translation>Baş ofisin age alıcısını yapışdırın (age1 ilə başlayır).</translation>
    </message>
    <message>
      <source>The escrow slot was removed: HQ can no longer open this vault.</source>
      <translation>Əmanət slotu silindi: baş ofis artıq bu anbarı aça bilməz.</translation>
    </message>
    <message>
      <source>Escrow</source>
      <translation>Əmanət</translation>
    </message>
    <message>
      <source>Signers</source>
      <translation>İmzalayanlar</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Ehtiyat nüsxə</translation>
    </message>
    <message>
      <source>This vault has an escrow slot for: {recipient}</source>
      <translation>Bu anbarda əmanət slotu var, alıcı: {recipient}</translation>
    </message>
    <message>
      <source>From now on custody events record {name}.</source>
      <translation>Bundan sonra saxlanma hadisələrində {name} qeyd olunur.</translation>
    </message>
    <message>
      <source>The escrow slot was replaced: {old} can no longer open this vault; {new} can.</source>
      <translation>Əmanət slotu əvəz edildi: {old} artıq bu anbarı aça bilməz, {new} isə aça bilər.</translation>
    </message>
    <message>
      <source>Escrow slot added for {new}.</source>
      <translation>{new} üçün əmanət slotu əlavə edildi.</translation>
    </message>
    <message>
      <source>Trusted signers</source>
      <translation>Etibarlı imzalayanlar</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>Ləğv et…</translation>
    </message>
    <message>
      <source>Trust a key…</source>
      <translation>Açara etibar et…</translation>
    </message>
    <message>
      <source>Fingerprint of the key</source>
      <translation>Açarın barmaq izi</translation>
    </message>
    <message>
      <source>Fingerprint of the key:</source>
      <translation>Açarın barmaq izi:</translation>
    </message>
    <message>
      <source>Fingerprint as the sender read it out</source>
      <translation>Göndərənin oxuduğu barmaq izi</translation>
    </message>
    <message>
      <source>As the sender read it out:</source>
      <translation>Göndərənin oxuduğu kimi:</translation>
    </message>
    <message>
      <source>Signer's name:</source>
      <translation>İmzalayanın adı:</translation>
    </message>
    <message>
      <source>Trust this key</source>
      <translation>Bu açara etibar et</translation>
    </message>
    <message>
      <source>Reading signers</source>
      <translation>İmzalayanlar oxunur</translation>
    </message>
    <message>
      <source>A signer's public key (.pub) or a bundle</source>
      <translation>İmzalayanın açıq açarı (.pub) və ya paket</translation>
    </message>
    <message>
      <source>Reading the key</source>
      <translation>Açar oxunur</translation>
    </message>
    <message>
      <source>Trusting the key</source>
      <translation>Açara etibar edilir</translation>
    </message>
    <message>
      <source>Revoke a signer</source>
      <translation>İmzalayanı ləğv et</translation>
    </message>
    <message>
      <source>Revoking the signer</source>
      <translation>İmzalayan ləğv edilir</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>ləğv edilib</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>etibarlı</translation>
    </message>
    <message>
      <source>Ask the sender to read their fingerprint out (by phone or in person, not in the same message as the key) and type it: the key is trusted only when the two are the same.</source>
      <translation>Göndərəndən barmaq izini oxumasını xahiş edin (telefonla və ya şəxsən, açarla eyni mesajda yox) və onu yazın: açar yalnız ikisi eyni olduqda etibarlı olur.</translation>
    </message>
    <message>
      <source>Revoke {name} ({fingerprint})? Bundles signed by this key will be reported REVOKED; a revoked key cannot be trusted again.</source>
      <translation>{name} ({fingerprint}) ləğv edilsin? Bu açarla imzalanmış paketlər «LƏĞV EDİLİB» kimi göstəriləcək; ləğv edilmiş açara yenidən etibar etmək olmaz.</translation>
    </message>
    <message>
      <source>{name} is now a trusted signer.</source>
      <translation>{name} indi etibarlı imzalayandır.</translation>
    </message>
    <message>
      <source>{name} was revoked.</source>
      <translation>{name} ləğv edildi.</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>Əsas alətlər paneli</translation>
    </message>
    <message>
      <source>Add evidence…</source>
      <translation>Sübut əlavə et…</translation>
    </message>
    <message>
      <source>Take files into the selected case</source>
      <translation>Faylları seçilmiş işə qəbul et</translation>
    </message>
    <message>
      <source>Search every case (Ctrl+F)</source>
      <translation>Bütün işlərdə axtar (Ctrl+F)</translation>
    </message>
    <message>
      <source>Ctrl+F</source>
      <translation>Ctrl+F</translation>
    </message>
    <message>
      <source>&amp;Keys and care…</source>
      <translation>&amp;Açarlar və baxım…</translation>
    </message>
    <message>
      <source>&amp;Erase vault…</source>
      <translation>Anbarı &amp;sil…</translation>
    </message>
    <message>
      <source>Vault erased</source>
      <translation>Anbar silindi</translation>
    </message>
    <message>
      <source>Re-keyed: unlock with the new passphrase</source>
      <translation>Açar dəyişdirildi: kilidi yeni şifrə ifadəsi ilə açın</translation>
    </message>
    <message>
      <source>The vault was re-keyed and its passphrase changed: the old passphrase, the old recovery code, backups and disk images no longer open what it holds now.</source>
      <translation>Anbarın açarı və şifrə ifadəsi dəyişdirildi: köhnə şifrə ifadəsi, köhnə bərpa kodu, ehtiyat nüsxələr və disk təsvirləri artıq onda indi saxlananları açmır.</translation>
    </message>
    <message>
      <source>Re-keying the vault</source>
      <translation>Anbarın açarı dəyişdirilir</translation>
    </message>
    <message>
      <source>Erasing the vault</source>
      <translation>Anbar silinir</translation>
    </message>
    <message>
      <source>Erased</source>
      <translation>Silinib</translation>
    </message>
    <message>
      <source>Files refused by the check</source>
      <translation>Yoxlamada rədd edilmiş fayllar</translation>
    </message>
    <message>
      <source>Leave them out</source>
      <translation>Onları qəbul etmə</translation>
    </message>
    <message>
      <source>Leave the refused files out and take in the others</source>
      <translation>Rədd edilmiş faylları qəbul etmə, qalanlarını qəbul et</translation>
    </message>
    <message>
      <source>Keep them as received</source>
      <translation>Onları alındığı kimi saxla</translation>
    </message>
    <message>
      <source>Keep the refused files as received: encrypted, never shown or redacted</source>
      <translation>Rədd edilmiş faylları alındığı kimi saxla: şifrələnmiş, heç vaxt göstərilmədən və gizlədilmədən</translation>
    </message>
    <message>
      <source>checking</source>
      <translation>yoxlanılır</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>rədd edildi</translation>
    </message>
    <message>
      <source>checked</source>
      <translation>yoxlanıldı</translation>
    </message>
    <message>
      <source>{n} of {count} file(s) cannot be shown or redacted: disguised as another format, too large, damaged, or the decoder failed on them. Nothing was taken in yet.</source>
      <translation>{count} fayldan {n} göstərilə və ya gizlədilə bilməz: başqa format kimi təqdim olunub, çox böyükdür, zədələnib və ya dekoder onlarda uğursuz oldu. Hələ heç nə qəbul edilmədi.</translation>
    </message>
    <message>
      <source>Checking {name} (file {n} of {count})</source>
      <translation>{name} yoxlanılır (fayl {n} / {count})</translation>
    </message>
    <message>
      <source>Checking pictures and PDFs</source>
      <translation>Şəkillərin və PDF-lərin yoxlanılması</translation>
    </message>
    <message>
      <source>Kept as received</source>
      <translation>Alındığı kimi saxlanıldı</translation>
    </message>
    <message>
      <source>Files are still being taken in: add these once that has finished. Nothing else was taken in.</source>
      <translation>Fayllar hələ qəbul edilir: bunları qəbul başa çatandan sonra əlavə edin. Başqa heç nə qəbul edilmədi.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>from EVIDENCE_VAULT_PASSPHRASE</source>
      <translation>EVIDENCE_VAULT_PASSPHRASE-dən</translation>
    </message>
    <message>
      <source>from a file</source>
      <translation>fayldan</translation>
    </message>
    <message>
      <source>from the file {file}</source>
      <translation>{file} faylından</translation>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>xəbərdarlıq: {text}</translation>
    </message>
    <message>
      <source>interrupted.</source>
      <translation>dayandırıldı.</translation>
    </message>
    <message>
      <source>internal error ({type}); nothing was changed beyond the last completed step. Please report it.</source>
      <translation>daxili xəta ({type}); son tamamlanmış addımdan sonra heç nə dəyişmədi. Zəhmət olmasa, bu barədə xəbər verin.</translation>
    </message>
    <message>
      <source>Redaction {record_id} is not a box in use (it was changed or removed meanwhile).</source>
      <translation>{record_id} gizlətməsi istifadədə olan çərçivə deyil (bu arada dəyişdirilib və ya silinib).</translation>
    </message>
    <message>
      <source>The custody log has no event {seq}.</source>
      <translation>Saxlanma jurnalında {seq} hadisəsi yoxdur.</translation>
    </message>
    <message>
      <source>No files to attach.</source>
      <translation>Əlavə ediləcək fayl yoxdur.</translation>
    </message>
    <message>
      <source>{path_name} is a folder: choose or drop the files in it, not the folder. Nothing was taken in.</source>
      <translation>{path_name} qovluqdur: qovluğu yox, içindəki faylları seçin və ya atın. Heç nə qəbul edilmədi.</translation>
    </message>
    <message>
      <source>Cannot take in {path}: it is not a regular file.</source>
      <translation>{path} qəbul edilə bilməz: adi fayl deyil.</translation>
    </message>
    <message>
      <source>Cannot read {path}: no such file.</source>
      <translation>{path} oxuna bilmir: belə fayl yoxdur.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {exc_strerror}.</source>
      <translation>{path} oxuna bilmir: {exc_strerror}.</translation>
    </message>
    <message>
      <source>Cannot read {value} as yes or no.</source>
      <translation>{value} bəli və ya xeyr kimi başa düşülmür.</translation>
    </message>
    <message>
      <source>A case needs a title.</source>
      <translation>İşin adı olmalıdır.</translation>
    </message>
    <message>
      <source>A consent to share needs an anonymity choice: required or waived.</source>
      <translation>Vermə razılığı üçün anonimlik seçilməlidir: required (tələb olunur) və ya waived (tələb olunmur).</translation>
    </message>
    <message>
      <source>An edit needs a new text or translation.</source>
      <translation>Redaktə üçün yeni mətn və ya tərcümə lazımdır.</translation>
    </message>
    <message>
      <source>The idle time must be a whole number of minutes.</source>
      <translation>Fəaliyyətsizlik müddəti tam dəqiqə sayı olmalıdır.</translation>
    </message>
    <message>
      <source>The idle time must be 0 (never) to {MAX_IDLE_MINUTES} minutes.</source>
      <translation>Fəaliyyətsizlik müddəti 0 (heç vaxt) ilə {MAX_IDLE_MINUTES} dəqiqə arasında olmalıdır.</translation>
    </message>
    <message>
      <source>Say why the details are corrected.</source>
      <translation>Məlumatların niyə düzəldildiyini yazın.</translation>
    </message>
    <message>
      <source>No remembered recipient has that key.</source>
      <translation>Yadda saxlanılmış alıcıların heç birində bu açar yoxdur.</translation>
    </message>
    <message>
      <source>That key is already remembered as {other_name}.</source>
      <translation>Bu açar artıq {other_name} kimi yadda saxlanılıb.</translation>
    </message>
    <message>
      <source>A recipient named {other_name} is already remembered.</source>
      <translation>{other_name} adlı alıcı artıq yadda saxlanılıb.</translation>
    </message>
    <message>
      <source>A box is X,Y,WIDTH,HEIGHT (four numbers), not {text}.</source>
      <translation>Çərçivə X,Y,WIDTH,HEIGHT (dörd rəqəm) kimi verilir, {text} kimi yox.</translation>
    </message>
    <message>
      <source>The key's fingerprint is {grouped}; to trust it, give --fingerprint with the one the sender read out, or --yes when not in a terminal.</source>
      <translation>Açarın barmaq izi: {grouped}; ona etibar etmək üçün göndərənin oxuduğu barmaq izi ilə --fingerprint verin və ya terminalda deyilsinizsə --yes.</translation>
    </message>
    <message>
      <source>Not confirmed; nothing was trusted.</source>
      <translation>Təsdiqlənmədi; heç kimə etibar edilmədi.</translation>
    </message>
    <message>
      <source>give at most a record type and one id: [TYPE] ID</source>
      <translation>ən çoxu bir qeyd növü və bir id verin: [TYPE] ID</translation>
    </message>
    <message>
      <source>give --alias or --clear-aliases, not both</source>
      <translation>--alias və ya --clear-aliases verin, ikisini birlikdə yox</translation>
    </message>
    <message>
      <source>attachment relink needs --statement ID or --none (one of the two)</source>
      <translation>attachment relink üçün --statement ID və ya --none lazımdır (ikisindən biri)</translation>
    </message>
    <message>
      <source>case edit needs --title T and/or --region CODES</source>
      <translation>case edit üçün --title T və/və ya --region CODES lazımdır</translation>
    </message>
    <message>
      <source>statement edit needs --text-file F, --translation-file F or a field to correct</source>
      <translation>statement edit üçün --text-file F, --translation-file F və ya düzəldiləcək sahə lazımdır</translation>
    </message>
    <message>
      <source>search: give a QUERY or --person ID (one of the two).</source>
      <translation>search: QUERY və ya --person ID verin (ikisindən biri).</translation>
    </message>
    <message>
      <source>list cases takes no --case (every case is listed)</source>
      <translation>list cases --case qəbul etmir (bütün işlər göstərilir)</translation>
    </message>
    <message>
      <source>consent set --share needs --anonymity required|waived</source>
      <translation>consent set --share üçün --anonymity required|waived lazımdır</translation>
    </message>
    <message>
      <source>--statement and --profile go with --all</source>
      <translation>--statement və --profile --all ilə birgə işlənir</translation>
    </message>
    <message>
      <source>give either --text, or --start and --end</source>
      <translation>ya --text, ya da --start və --end verin</translation>
    </message>
    <message>
      <source>preview either --statement ID or --attachment ID</source>
      <translation>preview: ya --statement ID, ya da --attachment ID</translation>
    </message>
    <message>
      <source>list one of --statement ID, --attachment ID or --case ID</source>
      <translation>birini verin: --statement ID, --attachment ID və ya --case ID</translation>
    </message>
    <message>
      <source>--start and --end go together, without --occurrence or --all</source>
      <translation>--start və --end birgə verilir, --occurrence və --all olmadan</translation>
    </message>
    <message>
      <source>--out goes with --attachment (a statement is printed)</source>
      <translation>--out --attachment ilə işlənir (ifadə ekrana çıxarılır)</translation>
    </message>
    <message>
      <source>use either --all --statement ID, or proposal ids</source>
      <translation>ya --all --statement ID, ya da təklif id-lərindən istifadə edin</translation>
    </message>
    <message>
      <source>name the proposal ids to accept, or use --all --statement ID</source>
      <translation>qəbul ediləcək təkliflərin id-lərini verin və ya --all --statement ID işlədin</translation>
    </message>
    <message>
      <source>{problem} Nothing was changed after {NEW_SECRET_TRIES} tries.</source>
      <translation>{problem} {NEW_SECRET_TRIES} cəhddən sonra heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>The {what} file {path} is far too large.</source>
      <translation type="vanished">{what} faylı {path} həddindən artıq böyükdür.</translation>
    </message>
    <message>
      <source>The {what} file {path} is empty.</source>
      <translation type="vanished">{what} faylı {path} boşdur.</translation>
    </message>
    <message>
      <source>Cannot read the {what} file {path}: {exc_strerror}.</source>
      <translation type="vanished">{what} faylı {path} oxuna bilmir: {exc_strerror}.</translation>
    </message>
    <message>
      <source>The {what} file {path} is not UTF-8 text.</source>
      <translation type="vanished">{what} faylı {path} UTF-8 mətni deyil.</translation>
    </message>
    <message>
      <source>No {what} entered.</source>
      <translation>Daxil edilməyib: {what}.</translation>
    </message>
    <message>
      <source>{ENV_PASSPHRASE} is set but empty.</source>
      <translation>{ENV_PASSPHRASE} təyin edilib, lakin boşdur.</translation>
    </message>
    <message>
      <source>No new passphrase given: use --new-passphrase-file F, or run passwd in a terminal to type it twice; nothing was changed.</source>
      <translation>Yeni şifrə ifadəsi verilməyib: --new-passphrase-file F işlədin və ya onu iki dəfə yazmaq üçün terminalda passwd işə salın; heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>give one of --recovery-code-file, --recovery-code or --identity, not several</source>
      <translation>--recovery-code-file, --recovery-code və ya --identity-dən birini verin, bir neçəsini yox</translation>
    </message>
    <message>
      <source>erase destroys the vault's keys; confirm with --yes when not in a terminal.</source>
      <translation>erase anbarın açarlarını məhv edir; terminalda deyilsinizsə --yes ilə təsdiqləyin.</translation>
    </message>
    <message>
      <source>Not confirmed; nothing was erased.</source>
      <translation>Təsdiqlənmədi; heç nə silinmədi.</translation>
    </message>
    <message>
      <source>Cannot read {path}: it is a folder, not a file.</source>
      <translation>{path} oxuna bilmir: bu fayl deyil, qovluqdur.</translation>
    </message>
    <message>
      <source>No attachment with id {attachment_id}.</source>
      <translation>{attachment_id} id-li əlavə yoxdur.</translation>
    </message>
    <message>
      <source>{attachment_label} failed its integrity check: its content does not match the hash taken at intake.</source>
      <translation>{attachment_label} bütövlük yoxlamasından keçmədi: məzmunu qəbul zamanı götürülmüş heşlə üst-üstə düşmür.</translation>
    </message>
    <message>
      <source>Cannot read {label}: {exc_strerror}.</source>
      <translation>{label} oxuna bilmir: {exc_strerror}.</translation>
    </message>
    <message>
      <source>Cannot read {text_40} as a date: write 2024-05-01.</source>
      <translation>{text_40} tarix kimi başa düşülmür: 2024-05-01 kimi yazın.</translation>
    </message>
    <message>
      <source>The folder {destination_parent} does not exist.</source>
      <translation>{destination_parent} qovluğu mövcud deyil.</translation>
    </message>
    <message>
      <source>{destination} already exists and is not empty.</source>
      <translation>{destination} artıq mövcuddur və boş deyil.</translation>
    </message>
    <message>
      <source>A backup cannot go inside the vault it copies.</source>
      <translation>Ehtiyat nüsxə köçürdüyü anbarın içində ola bilməz.</translation>
    </message>
    <message>
      <source>The backup did not verify: {report_problems_0}</source>
      <translation>Ehtiyat nüsxə yoxlamadan keçmədi: {report_problems_0}</translation>
    </message>
    <message>
      <source>The vault database is being read by another part of the program, so no consistent copy can be taken now; close other windows and try again.</source>
      <translation>Anbarın verilənlər bazasını proqramın başqa hissəsi oxuyur, ona görə indi ardıcıl nüsxə çıxarmaq olmur; digər pəncərələri bağlayın və yenidən cəhd edin.</translation>
    </message>
    <message>
      <source>The vault is damaged or tampered with: {names} do not match what the vault last wrote (rows missing, changed, or put back from an older copy of the database). Nothing was changed. Restore the vault from a backup.</source>
      <translation>Anbar zədələnib və ya ona müdaxilə olunub: {names} anbarın son yazdığı ilə üst-üstə düşmür (sətirlər yoxdur, dəyişdirilib və ya bazanın köhnə nüsxəsindən qaytarılıb). Heç nə dəyişmədi. Anbarı ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <source>The vault is damaged or tampered with: its record of the tables cannot be read.</source>
      <translation>Anbar zədələnib və ya ona müdaxilə olunub: cədvəllər haqqında qeydi oxunmur.</translation>
    </message>
    <message>
      <source>{label} failed its integrity check: its key record was changed.</source>
      <translation>{label} bütövlük yoxlamasından keçmədi: açar qeydi dəyişdirilib.</translation>
    </message>
    <message>
      <source>{label} is missing its encrypted file.</source>
      <translation>{label} üçün şifrələnmiş fayl yoxdur.</translation>
    </message>
    <message>
      <source>{label} cannot be read ({exc_strerror}).</source>
      <translation>{label} oxuna bilmir ({exc_strerror}).</translation>
    </message>
    <message>
      <source>{label} failed its integrity check: {exc_reason}; the file was changed outside the vault.</source>
      <translation>{label} bütövlük yoxlamasından keçmədi: {exc_reason}; fayl anbardan kənarda dəyişdirilib.</translation>
    </message>
    <message>
      <source>A case takes at most {MAX_REGIONS} regions.</source>
      <translation>İşdə ən çoxu {MAX_REGIONS} region ola bilər.</translation>
    </message>
    <message>
      <source>Name what to change: the title and/or the regions.</source>
      <translation>Nəyi dəyişəcəyinizi göstərin: adı və/və ya regionları.</translation>
    </message>
    <message>
      <source>No case with id {case_id}.</source>
      <translation>{case_id} id-li iş yoxdur.</translation>
    </message>
    <message>
      <source>Unknown region {shown}: use ISO 3166 two-letter country codes such as AM, AZ, RU, GE (several: separated by commas).</source>
      <translation>Naməlum region {shown}: ISO 3166 iki hərfli ölkə kodlarından istifadə edin, məsələn AM, AZ, RU, GE (bir neçəsi vergüllə).</translation>
    </message>
    <message>
      <source>Unknown consent category {join_map_repr_unknown}: use {join_CATEGORIES}.</source>
      <translation>Naməlum razılıq kateqoriyası {join_map_repr_unknown}: {join_CATEGORIES} istifadə edin.</translation>
    </message>
    <message>
      <source>Consent must name at least one category; to share with nobody, withdraw.</source>
      <translation>Razılıqda ən azı bir kateqoriya olmalıdır; heç kimə verməmək üçün razılığı geri götürün.</translation>
    </message>
    <message>
      <source>Unknown anonymity {value}: use required or waived.</source>
      <translation>Naməlum anonimlik {value}: required və ya waived istifadə edin.</translation>
    </message>
    <message>
      <source>No consent record with id {consent_id}.</source>
      <translation>{consent_id} id-li razılıq qeydi yoxdur.</translation>
    </message>
    <message>
      <source>A role cannot be both added and dropped.</source>
      <translation>Rol eyni vaxtda həm əlavə edilə, həm çıxarıla bilməz.</translation>
    </message>
    <message>
      <source>Person {person_code} must keep at least one role.</source>
      <translation>{person_code} şəxsinin ən azı bir rolu qalmalıdır.</translation>
    </message>
    <message>
      <source>Person {person_code} is {role} in a statement or incident of the case: the role stays while that record does.</source>
      <translation>{person_code} şəxsi işin ifadəsində və ya insidentində {role} kimi çıxış edir: o qeyd qaldıqca rol da qalır.</translation>
    </message>
    <message>
      <source>The {what} {text} has a year outside {MIN_YEAR}-{MAX_YEAR}.</source>
      <translation>{what} {text}: il {MIN_YEAR}-{MAX_YEAR} aralığından kənardadır.</translation>
    </message>
    <message>
      <source>The {what} {text} has no month {month}.</source>
      <translation>{what} {text}: {month} ayı yoxdur.</translation>
    </message>
    <message>
      <source>Cannot read the {what} {text}: {FORMS}.</source>
      <translation>{what} {text} oxuna bilmir: {FORMS}.</translation>
    </message>
    <message>
      <source>Cannot read the {what} {original}: {FORMS}.</source>
      <translation>{what} {original} oxuna bilmir: {FORMS}.</translation>
    </message>
    <message>
      <source>The {what} {text} is not a day of the calendar.</source>
      <translation>{what} {text}: təqvimdə belə gün yoxdur.</translation>
    </message>
    <message>
      <source>No facility with id {facility_id}.</source>
      <translation>{facility_id} id-li müəssisə yoxdur.</translation>
    </message>
    <message>
      <source>Facility {facility_id} does not belong to case {code}.</source>
      <translation>{facility_id} müəssisəsi {code} işinə aid deyil.</translation>
    </message>
    <message>
      <source>The vault header is far too large; it was tampered with.</source>
      <translation>Anbarın başlığı həddindən artıq böyükdür; ona müdaxilə olunub.</translation>
    </message>
    <message>
      <source>{vault_dir} is not an Evidence Vault.</source>
      <translation>{vault_dir} Evidence Vault anbarı deyil.</translation>
    </message>
    <message>
      <source>{path} is of a format this program does not understand; update Evidence Vault.</source>
      <translation>{path} bu proqramın anlamadığı formatdadır; Evidence Vault-u yeniləyin.</translation>
    </message>
    <message>
      <source>The vault header's key slots were changed outside the vault.</source>
      <translation>Anbar başlığının açar slotları anbardan kənarda dəyişdirilib.</translation>
    </message>
    <message>
      <source>This vault has no {slot_type} slot (it was erased); open it with the escrow identity if one was kept.</source>
      <translation>Bu anbarda {slot_type} slotu yoxdur (silinib); saxlanılıbsa, əmanət identifikasiyası ilə açın.</translation>
    </message>
    <message>
      <source>The vault header failed its integrity check: it was changed outside the vault.</source>
      <translation>Anbarın başlığı bütövlük yoxlamasından keçmədi: anbardan kənarda dəyişdirilib.</translation>
    </message>
    <message>
      <source>{path} is not a readable vault header.</source>
      <translation>{path} oxunaqlı anbar başlığı deyil.</translation>
    </message>
    <message>
      <source>The vault header is malformed; it was changed outside the vault.</source>
      <translation>Anbarın başlığı pozulub; anbardan kənarda dəyişdirilib.</translation>
    </message>
    <message>
      <source>The vault header has a malformed key slot.</source>
      <translation>Anbarın başlığında pozulmuş açar slotu var.</translation>
    </message>
    <message>
      <source>This vault has no escrow slot.</source>
      <translation>Bu anbarda əmanət slotu yoxdur.</translation>
    </message>
    <message>
      <source>The escrow slot belongs to a different vault.</source>
      <translation>Əmanət slotu başqa anbara aiddir.</translation>
    </message>
    <message>
      <source>That age identity does not open this vault's escrow slot.</source>
      <translation>Bu age identifikasiyası bu anbarın əmanət slotunu açmır.</translation>
    </message>
    <message>
      <source>The vault header is older than its database (header at event {header_counter}, database at {db_head}): an old copy of the header was put back. Nothing was changed.</source>
      <translation>Anbarın başlığı verilənlər bazasından köhnədir (başlıq {header_counter} hadisəsində, baza {db_head} hadisəsində): başlığın köhnə nüsxəsi qaytarılıb. Heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>The vault database is older than its header (database at event {db_head}, header at {header_counter}): an old copy of the database was put back. Nothing was changed.</source>
      <translation>Anbarın verilənlər bazası başlıqdan köhnədir (baza {db_head} hadisəsində, başlıq {header_counter} hadisəsində): bazanın köhnə nüsxəsi qaytarılıb. Heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>The vault database is busy; the format upgrade did not start.</source>
      <translation>Anbarın verilənlər bazası məşğuldur; formatın yenilənməsi başlamadı.</translation>
    </message>
    <message>
      <source>The backup copy of {source_name} does not match the original; the format upgrade did not start.</source>
      <translation>{source_name} ehtiyat nüsxəsi orijinalla üst-üstə düşmür; formatın yenilənməsi başlamadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({os_strerror_exc_errno_or_0}): {what} was not saved.</source>
      <translation type="vanished">Disk yazmaqdan imtina etdi ({os_strerror_exc_errno_or_0}): {what} saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: {what} was not saved; the vault is unchanged.</source>
      <translation type="vanished">Disk doludur: {what} saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: {what} was not saved.</source>
      <translation type="vanished">Disk yalnız oxumaq üçündür: {what} saxlanılmadı.</translation>
    </message>
    <message>
      <source>{path} already exists; choose a new file name.</source>
      <translation>{path} artıq mövcuddur; yeni fayl adı seçin.</translation>
    </message>
    <message>
      <source>Cannot create {path}: {os_strerror_exc_errno_or_0}.</source>
      <translation>{path} yaradıla bilmir: {os_strerror_exc_errno_or_0}.</translation>
    </message>
    <message>
      <source>{vault_dir} is not a folder (nothing is there).</source>
      <translation>{vault_dir} qovluq deyil (orada heç nə yoxdur).</translation>
    </message>
    <message>
      <source>{vault_dir} is not a folder.</source>
      <translation>{vault_dir} qovluq deyil.</translation>
    </message>
    <message>
      <source>This vault uses a key-file format this program does not understand ({magic_6_hex}); update Evidence Vault to open it.</source>
      <translation>Bu anbar bu proqramın anlamadığı açar faylı formatından istifadə edir ({magic_6_hex}); onu açmaq üçün Evidence Vault-u yeniləyin.</translation>
    </message>
    <message>
      <source>The vault's key file {path} has the wrong size; it was changed outside the vault.</source>
      <translation>Anbarın açar faylı {path} səhv ölçüdədir; anbardan kənarda dəyişdirilib.</translation>
    </message>
    <message>
      <source>The vault's key file holds no key slots.</source>
      <translation>Anbarın açar faylında açar slotu yoxdur.</translation>
    </message>
    <message>
      <source>{vault_dir} is not an Evidence Vault (no {KEYS_NAME}).</source>
      <translation>{vault_dir} Evidence Vault anbarı deyil ({KEYS_NAME} yoxdur).</translation>
    </message>
    <message>
      <source>No incident with id {incident_id}.</source>
      <translation>{incident_id} id-li insident yoxdur.</translation>
    </message>
    <message>
      <source>EVIDENCE_VAULT_KDF={mode} is not a known setting.</source>
      <translation>EVIDENCE_VAULT_KDF={mode} məlum parametr deyil.</translation>
    </message>
    <message>
      <source>EVIDENCE_VAULT_KDF=fast is for the test suite only (it needs EVIDENCE_VAULT_TESTING=1); unset it to create a real vault.</source>
      <translation>EVIDENCE_VAULT_KDF=fast yalnız testlər üçündür (EVIDENCE_VAULT_TESTING=1 tələb edir); həqiqi anbar yaratmaq üçün onu silin.</translation>
    </message>
    <message>
      <source>The vault header asks for key-derivation costs above the allowed maximum (memory {self_memory_kib} KiB, {self_time_cost} passes); refusing to run it. The header was probably tampered with.</source>
      <translation>Anbarın başlığı icazə verilən maksimumdan yüksək açar törətmə xərcləri tələb edir (yaddaş {self_memory_kib} KiB, keçid {self_time_cost}); işə salınmır. Başlığa yəqin ki, müdaxilə olunub.</translation>
    </message>
    <message>
      <source>The key slot's key-derivation parameters are invalid.</source>
      <translation>Açar slotunun açar törətmə parametrləri etibarsızdır.</translation>
    </message>
    <message>
      <source>Unknown key-derivation function {data_alg}.</source>
      <translation>Naməlum açar törətmə funksiyası {data_alg}.</translation>
    </message>
    <message>
      <source>The key slot's key-derivation parameters are malformed.</source>
      <translation>Açar slotunun açar törətmə parametrləri pozulub.</translation>
    </message>
    <message>
      <source>That recipient makes an escrow slot too large for the key file.</source>
      <translation>Bu alıcı ilə əmanət slotu açar faylı üçün çox böyük olur.</translation>
    </message>
    <message>
      <source>That is not a recovery code: it should be {RECOVERY_CODE_CHARS} letters and digits in groups of five.</source>
      <translation>Bu bərpa kodu deyil: beşlik qruplarda {RECOVERY_CODE_CHARS} hərf və rəqəm olmalıdır.</translation>
    </message>
    <message>
      <source>The identity file {path} holds no age X25519 identity.</source>
      <translation>{path} identifikasiya faylında age X25519 identifikasiyası yoxdur.</translation>
    </message>
    <message>
      <source>The format 1 key slot is malformed.</source>
      <translation>1-ci format açar slotu pozulub.</translation>
    </message>
    <message>
      <source>The vault's key file is cut short.</source>
      <translation>Anbarın açar faylı qırıqdır.</translation>
    </message>
    <message>
      <source>The escrow slot is malformed.</source>
      <translation>Əmanət slotu pozulub.</translation>
    </message>
    <message>
      <source>That is not an age X25519 recipient (it should start with 'age1').</source>
      <translation>Bu age X25519 alıcısı deyil ('age1' ilə başlamalıdır).</translation>
    </message>
    <message>
      <source>Cannot read the identity file {path}.</source>
      <translation>{path} identifikasiya faylı oxuna bilmir.</translation>
    </message>
    <message>
      <source>The identity file {path} holds a malformed age key.</source>
      <translation>{path} identifikasiya faylında pozulmuş age açarı var.</translation>
    </message>
    <message>
      <source>Records of type {record_type} cannot be linked.</source>
      <translation>{record_type} növlü qeydlər əlaqələndirilə bilməz.</translation>
    </message>
    <message>
      <source>Cannot read the record {text}: write TYPE:ID with TYPE one of {join_LINKABLE}.</source>
      <translation>{text} qeydi oxuna bilmir: TYPE:ID yazın, TYPE {join_LINKABLE} siyahısından biri olsun.</translation>
    </message>
    <message>
      <source>A {src_0} cannot be linked to a {dst_0}.</source>
      <translation>{src_0} {dst_0} ilə əlaqələndirilə bilməz.</translation>
    </message>
    <message>
      <source>A {src_0} -&gt; {dst_0} link cannot be {role}: use {join_allowed}.</source>
      <translation>{src_0} -&gt; {dst_0} əlaqəsi {role} ola bilməz: {join_allowed} istifadə edin.</translation>
    </message>
    <message>
      <source>The {src_0} and the {dst_0} belong to different cases.</source>
      <translation>{src_0} və {dst_0} müxtəlif işlərə aiddir.</translation>
    </message>
    <message>
      <source>These records are already linked ({exists_0}).</source>
      <translation>Bu qeydlər artıq əlaqələndirilib ({exists_0}).</translation>
    </message>
    <message>
      <source>No link with id {link_id}.</source>
      <translation>{link_id} id-li əlaqə yoxdur.</translation>
    </message>
    <message>
      <source>Say how the {dst_0} takes part: one of {join_allowed}.</source>
      <translation>{dst_0}-un necə iştirak etdiyini göstərin: {join_allowed} siyahısından biri.</translation>
    </message>
    <message>
      <source>A {self_kind} list has no column {key}.</source>
      <translation>{self_kind} siyahısında {key} sütunu yoxdur.</translation>
    </message>
    <message>
      <source>A page holds 1 to {MAX_PAGE} rows from row 0 on.</source>
      <translation>Səhifədə 0-cı sətirdən başlayaraq 1-dən {MAX_PAGE}-ə qədər sətir olur.</translation>
    </message>
    <message>
      <source>No list of {kind}; lists: {known}.</source>
      <translation>{kind} siyahısı yoxdur; siyahılar: {known}.</translation>
    </message>
    <message>
      <source>Unknown role {role}: use one of {join_ROLES}.</source>
      <translation>Naməlum rol {role}: {join_ROLES} siyahısından birini istifadə edin.</translation>
    </message>
    <message>
      <source>A person can have at most {MAX_ALIASES} aliases.</source>
      <translation>Şəxsin ən çoxu {MAX_ALIASES} digər adı ola bilər.</translation>
    </message>
    <message>
      <source>The code {code_40} does not fit a {role}: it must be {CODE_PREFIX_role}- followed by letters or digits.</source>
      <translation>{code_40} kodu {role} roluna uyğun deyil: {CODE_PREFIX_role}- və ardınca hərf və ya rəqəmlər olmalıdır.</translation>
    </message>
    <message>
      <source>The code {code} is already used in this case.</source>
      <translation>{code} kodu artıq bu işdə istifadə olunur.</translation>
    </message>
    <message>
      <source>No person with id {person_id}.</source>
      <translation>{person_id} id-li şəxs yoxdur.</translation>
    </message>
    <message>
      <source>The {what} {person_id} is not a person of case {code}.</source>
      <translation>{what} {person_id} {code} işinin şəxsi deyil.</translation>
    </message>
    <message>
      <source>Person {person_code} ({person_id}) takes part in statement {used_0}; a person who gave or took a statement cannot be deleted.</source>
      <translation>{person_code} ({person_id}) şəxsi {used_0} ifadəsində iştirak edir; ifadə vermiş və ya götürmüş şəxs silinə bilməz.</translation>
    </message>
    <message>
      <source>The {what} {person_id} is not a known person.</source>
      <translation>{what} {person_id} məlum şəxs deyil.</translation>
    </message>
    <message>
      <source>Unknown anonymity {anonymity}: use required or waived.</source>
      <translation>Naməlum anonimlik {anonymity}: required və ya waived istifadə edin.</translation>
    </message>
    <message>
      <source>Unknown record type {record_type}: use one of {join_RECORD_TYPES}.</source>
      <translation>Naməlum qeyd növü {record_type}: {join_RECORD_TYPES} siyahısından birini istifadə edin.</translation>
    </message>
    <message>
      <source>Unknown record type {kind}: use one of {join_KINDS}.</source>
      <translation>Naməlum qeyd növü {kind}: {join_KINDS} siyahısından birini istifadə edin.</translation>
    </message>
    <message>
      <source>Name the {what}: an id, its first {MIN_PREFIX}+ characters, or a code.</source>
      <translation type="vanished">{what} göstərin: id, onun ilk {MIN_PREFIX}+ simvolu və ya kod.</translation>
    </message>
    <message>
      <source>No {what} with {how} {text}{where}.</source>
      <translation type="vanished">{how} {text}{where} ilə {what} yoxdur.</translation>
    </message>
    <message>
      <source>{text} fits {len_found} records ({listed}{more}): {advice}.</source>
      <translation type="vanished">{text} {len_found} qeydə uyğun gəlir ({listed}{more}): {advice}.</translation>
    </message>
    <message>
      <source>{words_0} and {words_1} name different records.</source>
      <translation>{words_0} və {words_1} müxtəlif qeydləri göstərir.</translation>
    </message>
    <message>
      <source>Cannot read {text_80}: write CASE/CODE, e.g. C-002/W-001.</source>
      <translation>{text_80} oxuna bilmir: İŞ/KOD yazın, məs. C-002/W-001.</translation>
    </message>
    <message>
      <source>{text} names another case than the one given.</source>
      <translation>{text} verilən işdən fərqli işi göstərir.</translation>
    </message>
    <message>
      <source>{text} is a {named} code, not the code of a {kind}.</source>
      <translation type="vanished">{text} {named} kodudur, {kind} kodu deyil.</translation>
    </message>
    <message>
      <source>No {what} with id {text_80}: give an id, its first {MIN_PREFIX}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation type="vanished">{text_80} id-li {what} yoxdur: id, onun ilk {MIN_PREFIX}+ simvolu və ya C-001, W-001, S-001, A-001 kimi kod verin.</translation>
    </message>
    <message>
      <source>No {kind} with id {text}: it is {other_0_describe}.</source>
      <translation type="vanished">{text} id-li {kind} yoxdur: bu {other_0_describe}.</translation>
    </message>
    <message>
      <source>{text} is not a {kind_or_elsewhere_0} of case {case_code_vault_case_id}: it belongs to another case.</source>
      <translation type="vanished">{text} {case_code_vault_case_id} işinin {kind_or_elsewhere_0} deyil: başqa işə aiddir.</translation>
    </message>
    <message>
      <source>{text} is too short to name a {what}: give at least {MIN_PREFIX} characters of its id, or its code.</source>
      <translation type="vanished">{text} {what} göstərmək üçün çox qısadır: id-nin ən azı {MIN_PREFIX} simvolunu və ya kodunu verin.</translation>
    </message>
    <message>
      <source>The vault database is being read by another part of the program; close other windows and try the rekey again. Nothing was changed.</source>
      <translation>Anbarın verilənlər bazasını proqramın başqa hissəsi oxuyur; digər pəncərələri bağlayın və açar dəyişməsini yenidən cəhd edin. Heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>The vault database still has unsaved pages; the rekey stopped.</source>
      <translation>Anbarın verilənlər bazasında hələ saxlanılmamış səhifələr var; açar dəyişməsi dayandı.</translation>
    </message>
    <message>
      <source>The rekey failed in the database ({exc}).</source>
      <translation>Açar dəyişməsi verilənlər bazasında uğursuz oldu ({exc}).</translation>
    </message>
    <message>
      <source>No {kind} with id {record_id}.</source>
      <translation>{record_id} id-li {kind} yoxdur.</translation>
    </message>
    <message>
      <source>{label} is already retracted (or its case is).</source>
      <translation type="vanished">{label} artıq geri çağırılıb (və ya onun işi).</translation>
    </message>
    <message>
      <source>{label} is still used by {len_using} {what} ({join_using_10}): {advice}; nothing was retracted.</source>
      <translation type="vanished">{label} hələ {len_using} {what} tərəfindən istifadə olunur ({join_using_10}): {advice}; heç nə geri çağırılmadı.</translation>
    </message>
    <message>
      <source>{label} is retracted: it is kept as it was and cannot be used.</source>
      <translation>{label} geri çağırılıb: olduğu kimi saxlanılır və istifadə edilə bilməz.</translation>
    </message>
    <message>
      <source>{folder} has no case.json: it is not a sample case folder.</source>
      <translation>{folder} qovluğunda case.json yoxdur: bu, nümunə iş qovluğu deyil.</translation>
    </message>
    <message>
      <source>{path} is larger than 1 MiB.</source>
      <translation>{path} 1 MiB-dan böyükdür.</translation>
    </message>
    <message>
      <source>{path} needs an object with a case_title.</source>
      <translation>{path} case_title olan obyekt tələb edir.</translation>
    </message>
    <message>
      <source>{path} is not valid JSON (line {exc_lineno}).</source>
      <translation>{path} etibarlı JSON deyil (sətir {exc_lineno}).</translation>
    </message>
    <message>
      <source>Cannot search for this text: {exc}.</source>
      <translation>Bu mətni axtarmaq olmur: {exc}.</translation>
    </message>
    <message>
      <source>The search is longer than {MAX_QUERY_CHARS} characters.</source>
      <translation>Axtarış {MAX_QUERY_CHARS} simvoldan uzundur.</translation>
    </message>
    <message>
      <source>Nothing to search for in {text}: type at least one word (letters or digits).</source>
      <translation>{text} içində axtarılacaq heç nə yoxdur: ən azı bir söz yazın (hərflər və ya rəqəmlər).</translation>
    </message>
    <message>
      <source>The vault's state file is malformed.</source>
      <translation>Anbarın vəziyyət faylı pozulub.</translation>
    </message>
    <message>
      <source>The vault state belongs to another vault.</source>
      <translation>Anbarın vəziyyəti başqa anbara aiddir.</translation>
    </message>
    <message>
      <source>The vault state is malformed.</source>
      <translation>Anbarın vəziyyəti pozulub.</translation>
    </message>
    <message>
      <source>The vault's state file {STATE_NAME} is missing or unreadable; it was removed or changed outside the vault.</source>
      <translation>Anbarın vəziyyət faylı {STATE_NAME} yoxdur və ya oxunmur; anbardan kənarda silinib və ya dəyişdirilib.</translation>
    </message>
    <message>
      <source>Unknown {what} {tag}: use an IETF language tag such as hy, ru, en or az-Latn.</source>
      <translation>Naməlum {what} {tag}: hy, ru, en və ya az-Latn kimi IETF dil teqindən istifadə edin.</translation>
    </message>
    <message>
      <source>Unknown statement kind {kind}: use {join_KINDS}.</source>
      <translation>Naməlum ifadə növü {kind}: {join_KINDS} istifadə edin.</translation>
    </message>
    <message>
      <source>The {what} is empty.</source>
      <translation>Boşdur: {what}.</translation>
    </message>
    <message>
      <source>The {what} contains NUL characters.</source>
      <translation>{what}: NUL simvolları var.</translation>
    </message>
    <message>
      <source>The witness cannot also be the interviewer or interpreter.</source>
      <translation>Şahid eyni zamanda müsahibəni aparan və ya tərcüməçi ola bilməz.</translation>
    </message>
    <message>
      <source>Name what to change (language, interview date, place, ...).</source>
      <translation>Nəyi dəyişəcəyinizi göstərin (dil, müsahibə tarixi, yer, …).</translation>
    </message>
    <message>
      <source>Unknown order {order}: use {join_ORDERS}.</source>
      <translation>Naməlum sıralama {order}: {join_ORDERS} istifadə edin.</translation>
    </message>
    <message>
      <source>Give a new text or a new translation for the statement.</source>
      <translation>İfadə üçün yeni mətn və ya yeni tərcümə verin.</translation>
    </message>
    <message>
      <source>The new text is identical to version {statement_current_number}; nothing was changed.</source>
      <translation>Yeni mətn {statement_current_number} versiyası ilə eynidir; heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>No statement with id {statement_id}.</source>
      <translation>{statement_id} id-li ifadə yoxdur.</translation>
    </message>
    <message>
      <source>No statement version with id {version_id}.</source>
      <translation>{version_id} id-li ifadə versiyası yoxdur.</translation>
    </message>
    <message>
      <source>Statement {statement_id} does not belong to case {code}.</source>
      <translation>{statement_id} ifadəsi {code} işinə aid deyil.</translation>
    </message>
    <message>
      <source>The vault database is damaged ({exc}); nothing was changed. Restore the vault from a backup.</source>
      <translation>Anbarın verilənlər bazası zədələnib ({exc}); heç nə dəyişmədi. Anbarı ehtiyat nüsxədən bərpa edin.</translation>
    </message>
    <message>
      <source>The database refused the write: nothing was saved.</source>
      <translation>Verilənlər bazası yazmaqdan imtina etdi: heç nə saxlanılmadı.</translation>
    </message>
    <message>
      <source>The database refused required settings: {sorted_wrong}.</source>
      <translation>Verilənlər bazası tələb olunan parametrləri rədd etdi: {sorted_wrong}.</translation>
    </message>
    <message>
      <source>The disk refused the database write (is it full?): nothing was saved; the vault is unchanged.</source>
      <translation>Disk verilənlər bazasına yazmaqdan imtina etdi (doludur?): heç nə saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is full: nothing was saved; the vault is unchanged.</source>
      <translation>Disk doludur: heç nə saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The vault is on a read-only disk: nothing was saved.</source>
      <translation>Anbar yalnız oxumaq üçün olan diskdədir: heç nə saxlanılmadı.</translation>
    </message>
    <message>
      <source>The vault database is at schema {current}, newer than this program ({latest}).</source>
      <translation>Anbarın verilənlər bazası {current} sxemindədir, bu proqramdan ({latest}) yenidir.</translation>
    </message>
    <message>
      <source>The vault database cannot be decrypted: it is damaged or belongs to another vault.</source>
      <translation>Anbarın verilənlər bazasının şifrəsi açılmır: zədələnib və ya başqa anbara aiddir.</translation>
    </message>
    <message>
      <source>The disk refused to open the vault database ({exc}; is it full?); nothing was changed.</source>
      <translation>Disk anbarın verilənlər bazasını açmaqdan imtina etdi ({exc}; doludur?); heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>Cannot read {path}: it is not a regular file.</source>
      <translation>{path} oxuna bilmir: adi fayl deyil.</translation>
    </message>
    <message>
      <source>{label} is UTF-16, not UTF-8: save it as UTF-8 and try again.</source>
      <translation>{label} UTF-16-dır, UTF-8 deyil: onu UTF-8 kimi saxlayın və yenidən cəhd edin.</translation>
    </message>
    <message>
      <source>{label} contains NUL characters: it is not a text file.</source>
      <translation>{label} NUL simvolları saxlayır: mətn faylı deyil.</translation>
    </message>
    <message>
      <source>{label} is empty.</source>
      <translation>{label} boşdur.</translation>
    </message>
    <message>
      <source>The {what} is not valid UTF-8 text.</source>
      <translation>{what}: etibarlı UTF-8 mətni deyil.</translation>
    </message>
    <message>
      <source>The {what} contains control characters.</source>
      <translation>{what}: idarəetmə simvolları var.</translation>
    </message>
    <message>
      <source>The {what} contains invisible text-direction override characters.</source>
      <translation>{what}: mətn istiqamətini dəyişən görünməz simvollar var.</translation>
    </message>
    <message>
      <source>The {what} is longer than {max_chars} characters.</source>
      <translation>{what}: {max_chars} simvoldan uzundur.</translation>
    </message>
    <message>
      <source>The {what} contains invisible formatting characters ({listed}), which can make it display as something else; type it without them.</source>
      <translation>{what}: görünməz formatlama simvolları var ({listed}), bunlar onu başqa cür göstərə bilər; onlarsız yazın.</translation>
    </message>
    <message>
      <source>The {what} are not valid UTF-8 text.</source>
      <translation>{what}: etibarlı UTF-8 mətni deyil.</translation>
    </message>
    <message>
      <source>The {what} contain control characters.</source>
      <translation>{what}: idarəetmə simvolları var.</translation>
    </message>
    <message>
      <source>The {what} are longer than {max_chars} characters.</source>
      <translation>{what}: {max_chars} simvoldan uzundur.</translation>
    </message>
    <message>
      <source>The {what} file {path} is larger than {MAX_TEXT_FILE_BYTES_1024_1024} MiB; split it or attach it instead.</source>
      <translation>{what} faylı {path} {MAX_TEXT_FILE_BYTES_1024_1024} MiB-dan böyükdür; onu bölün və ya əlavə kimi qoşun.</translation>
    </message>
    <message>
      <source>{label} is not UTF-8 text (invalid byte at offset {exc_start}): save it as UTF-8 and try again.</source>
      <translation>{label} UTF-8 mətni deyil ({exc_start} mövqeyində etibarsız bayt): onu UTF-8 kimi saxlayın və yenidən cəhd edin.</translation>
    </message>
    <message>
      <source>Unknown topic {join_map_repr_unknown}: use one of {join_TOPICS}.</source>
      <translation>Naməlum mövzu {join_map_repr_unknown}: {join_TOPICS} siyahısından birini istifadə edin.</translation>
    </message>
    <message>
      <source>Wrong passphrase.</source>
      <translation>Səhv şifrə ifadəsi.</translation>
    </message>
    <message>
      <source>The vault's state file was not sealed by this vault's key: it was replaced or changed outside the vault. Nothing was changed.</source>
      <translation>Anbarın vəziyyət faylı bu anbarın açarı ilə möhürlənməyib: anbardan kənarda əvəz edilib və ya dəyişdirilib. Heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>The vault database cannot be decrypted with the key this secret opens: it is damaged, belongs to another vault, or was put back from before a rekey.</source>
      <translation>Anbarın verilənlər bazasının şifrəsi bu sirrin açdığı açarla açılmır: zədələnib, başqa anbara aiddir və ya açar dəyişməsindən əvvəlki nüsxədən qaytarılıb.</translation>
    </message>
    <message>
      <source>Wrong recovery code.</source>
      <translation>Səhv bərpa kodu.</translation>
    </message>
    <message>
      <source>The operator name must be 1 to 200 printable characters.</source>
      <translation>Operatorun adı 1-dən 200-ə qədər çap olunan simvol olmalıdır.</translation>
    </message>
    <message>
      <source>The vault state is older than its database (state at event {counter}, database at {db_seq}): an old copy of the state was put back. Nothing was changed.</source>
      <translation>Anbarın vəziyyəti verilənlər bazasından köhnədir (vəziyyət {counter} hadisəsində, baza {db_seq} hadisəsində): vəziyyətin köhnə nüsxəsi qaytarılıb. Heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>Cannot open the vault at {path}: {exc_strerror}.</source>
      <translation>{path} ünvanındakı anbar açılmır: {exc_strerror}.</translation>
    </message>
    <message>
      <source>This vault is open in another window or process; close it first.</source>
      <translation>Bu anbar başqa pəncərədə və ya prosesdə açıqdır; əvvəlcə onu bağlayın.</translation>
    </message>
    <message>
      <source>{path} already exists and is not an empty folder.</source>
      <translation>{path} artıq mövcuddur və boş qovluq deyil.</translation>
    </message>
    <message>
      <source>The vault is locked; unlock it again to continue.</source>
      <translation>Anbar kilidlənib; davam etmək üçün kilidini yenidən açın.</translation>
    </message>
    <message>
      <source>The vault database is older than its state (database at event {db_seq}, state at {counter}): an old copy of the database was put back. Nothing was changed.</source>
      <translation>Anbarın verilənlər bazası vəziyyətdən köhnədir (baza {db_seq} hadisəsində, vəziyyət {counter} hadisəsində): bazanın köhnə nüsxəsi qaytarılıb. Heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>The vault state was changed by another program while the vault was open; it was not overwritten. Close the vault and open it again.</source>
      <translation>Anbar açıq olarkən onun vəziyyətini başqa proqram dəyişib; üzərinə yazılmadı. Anbarı bağlayın və yenidən açın.</translation>
    </message>
    <message>
      <source>The vault state does not describe the key slots in use; one of the two files was changed outside the vault. Nothing was changed.</source>
      <translation>Anbarın vəziyyəti istifadə olunan açar slotlarını təsvir etmir; iki fayldan biri anbardan kənarda dəyişdirilib. Heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>The vault at {path} is on a read-only disk; Evidence Vault writes to the vault folder even to read it. Copy the folder to a writable disk and open the copy.</source>
      <translation>{path} ünvanındakı anbar yalnız oxumaq üçün olan diskdədir; Evidence Vault oxuyarkən belə anbar qovluğuna yazır. Qovluğu yazıla bilən diskə köçürün və nüsxəni açın.</translation>
    </message>
    <message>
      <source>The vault database {db_path} is missing.</source>
      <translation>Anbarın verilənlər bazası {db_path} yoxdur.</translation>
    </message>
    <message>
      <source>The vault is damaged or tampered: its custody log is not the one the vault state records (same length, other events). Nothing was changed.</source>
      <translation>Anbar zədələnib və ya ona müdaxilə olunub: saxlanma jurnalı anbarın vəziyyətində qeydə alınan jurnal deyil (eyni uzunluq, başqa hadisələr). Heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>The change was saved, but the disk refused to update the vault state (is it full?); the next open repairs it. Do not repeat the change.</source>
      <translation type="vanished">Dəyişiklik saxlanıldı, lakin disk anbarın vəziyyətini yeniləməkdən imtina etdi (doludur?); növbəti açılış onu bərpa edəcək. Dəyişikliyi təkrarlamayın.</translation>
    </message>
    <message>
      <source>The passphrase must have at least {MIN_PASSPHRASE_CHARS} characters.</source>
      <translation>Şifrə ifadəsində ən azı {MIN_PASSPHRASE_CHARS} simvol olmalıdır.</translation>
    </message>
    <message>
      <source>The key slots of this vault were changed or erased while it was open; they were not rewritten. Close the vault now.</source>
      <translation>Bu anbarın açar slotları açıq olarkən dəyişdirilib və ya silinib; üzərinə yazılmadı. Anbarı indi bağlayın.</translation>
    </message>
    <message>
      <source>This vault has no escrow slot to remove.</source>
      <translation>Bu anbarda silinəcək əmanət slotu yoxdur.</translation>
    </message>
    <message>
      <source>The disk refused to write the key slots (is it full?): they were not changed; the vault still opens as before.</source>
      <translation>Disk açar slotlarını yazmaqdan imtina etdi (doludur?): dəyişmədilər; anbar əvvəlki kimi açılır.</translation>
    </message>
    <message>
      <source>An encrypted bundle needs at least one age recipient.</source>
      <translation>Şifrələnmiş paket üçün ən azı bir age alıcısı lazımdır.</translation>
    </message>
    <message>
      <source>{show_name_name} changed size while it was being exported; nothing was written.</source>
      <translation>{show_name_name} ixrac zamanı ölçüsünü dəyişdi; heç nə yazılmadı.</translation>
    </message>
    <message>
      <source>{show_name_self__name} changed size while it was being exported; nothing was written.</source>
      <translation>{show_name_self__name} ixrac zamanı ölçüsünü dəyişdi; heç nə yazılmadı.</translation>
    </message>
    <message>
      <source>{out} already exists; choose another name or remove it first.</source>
      <translation>{out} artıq mövcuddur; başqa ad seçin və ya əvvəlcə onu silin.</translation>
    </message>
    <message>
      <source>The folder {out_parent} does not exist; create it first.</source>
      <translation>{out_parent} qovluğu mövcud deyil; əvvəlcə onu yaradın.</translation>
    </message>
    <message>
      <source>Cannot export a file named {show_name_name}: it {problem}.</source>
      <translation>{show_name_name} adlı fayl ixrac edilə bilməz: o, {problem}.</translation>
    </message>
    <message>
      <source>Cannot export {show_name_name} twice in one bundle.</source>
      <translation>{show_name_name} bir paketdə iki dəfə ixrac edilə bilməz.</translation>
    </message>
    <message>
      <source>Cannot read {show_name_name} to export it: {exc_strerror}.</source>
      <translation>{show_name_name} ixrac üçün oxuna bilmir: {exc_strerror}.</translation>
    </message>
    <message>
      <source>{show_name_str_path_relative_to_folder} in the bundle folder is a link or special file; only plain files can be exported.</source>
      <translation>Paket qovluğundakı {show_name_str_path_relative_to_folder} keçid və ya xüsusi fayldır; yalnız adi fayllar ixrac edilə bilər.</translation>
    </message>
    <message>
      <source>Encrypting the bundle {out_name} failed: {exc}.</source>
      <translation>{out_name} paketinin şifrələnməsi uğursuz oldu: {exc}.</translation>
    </message>
    <message>
      <source>{name} changed between the two passes of the export (or no longer matches its intake hash); nothing was exported.</source>
      <translation>{name} ixracın iki keçidi arasında dəyişdi (və ya qəbul heşi ilə artıq üst-üstə düşmür); heç nə ixrac edilmədi.</translation>
    </message>
    <message>
      <source>The evidence profile exports unredacted originals with their names: it needs at least one recipient so the bundle is encrypted.</source>
      <translation>«Sübutlar» profili gizlədilməmiş orijinalları adları ilə ixrac edir: paketin şifrələnməsi üçün ən azı bir alıcı lazımdır.</translation>
    </message>
    <message>
      <source>A bundle is either a zip or encrypted for recipients (an encrypted bundle is one file), not both.</source>
      <translation>Paket ya zip-dir, ya da alıcılar üçün şifrələnib (şifrələnmiş paket bir fayldır), ikisi birlikdə yox.</translation>
    </message>
    <message>
      <source>{out} already exists; choose a new name.</source>
      <translation>{out} artıq mövcuddur; yeni ad seçin.</translation>
    </message>
    <message>
      <source>The folder {out_parent} does not exist.</source>
      <translation>{out_parent} qovluğu mövcud deyil.</translation>
    </message>
    <message>
      <source>This vault has no record of a commitment for bundle {bundle_id}.</source>
      <translation>Bu anbarda {bundle_id} paketi üçün öhdəlik qeydi yoxdur.</translation>
    </message>
    <message>
      <source>{name} could not be read back before writing; nothing was exported.</source>
      <translation>{name} yazmazdan əvvəl geri oxuna bilmədi; heç nə ixrac edilmədi.</translation>
    </message>
    <message>
      <source>Case {case_code} is retracted; nothing of it is exported.</source>
      <translation>{case_code} işi geri çağırılıb; ondan heç nə ixrac edilmir.</translation>
    </message>
    <message>
      <source>Statement {statement_id} is not part of case {case_id}.</source>
      <translation>{statement_id} ifadəsi {case_id} işinin hissəsi deyil.</translation>
    </message>
    <message>
      <source>Statement {statement_code} ({statement_id}) is retracted; it is never exported.</source>
      <translation>{statement_code} ({statement_id}) ifadəsi geri çağırılıb; heç vaxt ixrac edilmir.</translation>
    </message>
    <message>
      <source>A signer fingerprint is 64 hexadecimal digits (SHA-256 of the public key), as verify and `signer list` print it.</source>
      <translation>İmzalayanın barmaq izi 64 onaltılıq rəqəmdir (açıq açarın SHA-256-ı), verify və `signer list` onu belə çap edir.</translation>
    </message>
    <message>
      <source>The key's fingerprint {grouped_fingerprint_key_fingerprint} is not the one given; nothing was trusted. Ask the sender to read theirs out again.</source>
      <translation>Açarın barmaq izi {grouped_fingerprint_key_fingerprint} verilən deyil; heç kimə etibar edilmədi. Göndərəndən öz barmaq izini yenidən oxumasını xahiş edin.</translation>
    </message>
    <message>
      <source>A signer name must be 1 to {MAX_NAME_CHARS} printable characters.</source>
      <translation>İmzalayanın adı 1-dən {MAX_NAME_CHARS}-ə qədər çap olunan simvol olmalıdır.</translation>
    </message>
    <message>
      <source>There is no key file at {path}.</source>
      <translation>{path} ünvanında açar faylı yoxdur.</translation>
    </message>
    <message>
      <source>{path} is a folder; give the signer.pub file inside its signature folder.</source>
      <translation>{path} qovluqdur; onun imza qovluğundakı signer.pub faylını verin.</translation>
    </message>
    <message>
      <source>{path_name} is not a minisign public key file: {exc}</source>
      <translation>{path_name} minisign açıq açar faylı deyil: {exc}</translation>
    </message>
    <message>
      <source>The bundle {path_name} has no {SIGNER_PUB}; it is not signed.</source>
      <translation>{path_name} paketində {SIGNER_PUB} yoxdur; imzalanmayıb.</translation>
    </message>
    <message>
      <source>The bundle's {SIGNER_PUB} is not a minisign public key: {exc}</source>
      <translation>Paketin {SIGNER_PUB} faylı minisign açıq açarı deyil: {exc}</translation>
    </message>
    <message>
      <source>The key {grouped_fingerprint_signer_fingerprint} ({existing_name}) was revoked on {human_time_existing_revoked_utc}; a revoked key cannot be trusted again.</source>
      <translation>{grouped_fingerprint_signer_fingerprint} ({existing_name}) açarı {human_time_existing_revoked_utc} tarixində ləğv edilib; ləğv edilmiş açara yenidən etibar etmək olmaz.</translation>
    </message>
    <message>
      <source>That key is already trusted, as {existing_name}.</source>
      <translation>Bu açara artıq {existing_name} kimi etibar edilir.</translation>
    </message>
    <message>
      <source>No trusted signer has the fingerprint {grouped_fingerprint_fingerprint}.</source>
      <translation>{grouped_fingerprint_fingerprint} barmaq izli etibarlı imzalayan yoxdur.</translation>
    </message>
    <message>
      <source>{existing_name} was already revoked on {human_time_existing_revoked_utc}.</source>
      <translation>{existing_name} artıq {human_time_existing_revoked_utc} tarixində ləğv edilib.</translation>
    </message>
    <message>
      <source>There is no key file or bundle at {path}.</source>
      <translation>{path} ünvanında nə açar faylı, nə də paket var.</translation>
    </message>
    <message>
      <source>The export's temporary file was changed on disk while the bundle was being written; nothing was exported.</source>
      <translation>Paket yazılarkən ixracın müvəqqəti faylı diskdə dəyişdi; heç nə ixrac edilmədi.</translation>
    </message>
    <message>
      <source>A statement longer than {MAX_TEXT_CHARS} characters cannot be typeset.</source>
      <translation>{MAX_TEXT_CHARS} simvoldan uzun ifadə yığıla bilməz.</translation>
    </message>
    <message>
      <source>No person with id or code {ref}.</source>
      <translation>{ref} id-li və ya kodlu şəxs yoxdur.</translation>
    </message>
    <message>
      <source>Code {ref} is used in {len_ids} cases: say which case.</source>
      <translation>{ref} kodu {len_ids} işdə istifadə olunur: hansı iş olduğunu göstərin.</translation>
    </message>
    <message>
      <source>No person {ref} in case {case_id}.</source>
      <translation>{case_id} işində {ref} şəxsi yoxdur.</translation>
    </message>
    <message>
      <source>The evidence profile carries originals: there is no derivative.</source>
      <translation>«Sübutlar» profili orijinalları aparır: törəmə fayl yoxdur.</translation>
    </message>
    <message>
      <source>Unknown export profile {profile}; use one of {join_PROFILES}.</source>
      <translation>Naməlum ixrac profili {profile}; {join_PROFILES} siyahısından birini istifadə edin.</translation>
    </message>
    <message>
      <source>No redaction proposal with id {redaction_id}.</source>
      <translation>{redaction_id} id-li gizlətmə təklifi yoxdur.</translation>
    </message>
    <message>
      <source>Name at least one proposal id.</source>
      <translation>Ən azı bir təklif id-si göstərin.</translation>
    </message>
    <message>
      <source>Unknown reason {reason}; use one of {join_REASONS}.</source>
      <translation>Naməlum səbəb {reason}; {join_REASONS} siyahısından birini istifadə edin.</translation>
    </message>
    <message>
      <source>Unknown field {field}; use body or translation.</source>
      <translation>Naməlum sahə {field}; body və ya translation istifadə edin.</translation>
    </message>
    <message>
      <source>Statement {statement_id} has no {field}.</source>
      <translation>{statement_id} ifadəsində {field} yoxdur.</translation>
    </message>
    <message>
      <source>The span {start}-{end} is outside the {field} (0-{len_text} characters).</source>
      <translation>{start}-{end} hissəsi {field} sahəsindən kənardadır (0-{len_text} simvol).</translation>
    </message>
    <message>
      <source>Pages are numbered from 1.</source>
      <translation>Səhifələr 1-dən nömrələnir.</translation>
    </message>
    <message>
      <source>A box needs x, y &gt;= 0 and a width and height above 0.</source>
      <translation>Çərçivə üçün x, y &gt;= 0, eni və hündürlüyü 0-dan böyük olmalıdır.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} is {media_format_or_of_an_unknown_format}: boxes apply to pictures and PDFs only.</source>
      <translation>{attachment_id} əlavəsi {media_format_or_of_an_unknown_format}: çərçivələr yalnız şəkillərə və PDF-lərə aiddir.</translation>
    </message>
    <message>
      <source>{redaction_id} fits {len_found} redactions ({listed}): give more characters of the id.</source>
      <translation>{redaction_id} {len_found} gizlətməyə uyğun gəlir ({listed}): id-nin daha çox simvolunu verin.</translation>
    </message>
    <message>
      <source>The span {start}-{end} overlaps redaction {record_id} ({field}[{record_start}:{record_end}], already accepted); reject that one first to replace it.</source>
      <translation>{start}-{end} hissəsi {record_id} gizlətməsi ilə kəsişir ({field}[{record_start}:{record_end}], artıq qəbul edilib); onu əvəz etmək üçün əvvəlcə onu rədd edin.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} is not a PDF: it has only page 1.</source>
      <translation>{attachment_id} əlavəsi PDF deyil: yalnız 1-ci səhifəsi var.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} has {pages} page(s); there is no page {page}.</source>
      <translation>{attachment_id} əlavəsində {pages} səhifə var; {page} səhifəsi yoxdur.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} already has this box on page {page} (redaction {known_id}); it was not added again.</source>
      <translation>{attachment_id} əlavəsinin {page} səhifəsində artıq bu çərçivə var ({known_id} gizlətməsi); yenidən əlavə edilmədi.</translation>
    </message>
    <message>
      <source>The box starts at {x},{y}, outside the picture ({size_0}x{size_1} pixels as displayed): it would cover nothing.</source>
      <translation>Çərçivə {x},{y} nöqtəsindən başlayır, şəkildən kənarda (göstərildiyi kimi {size_0}x{size_1} piksel): heç nəyi örtməz.</translation>
    </message>
    <message>
      <source>Nothing to undo.</source>
      <translation>Geri alınacaq heç nə yoxdur.</translation>
    </message>
    <message>
      <source>Unknown redaction status {step_now} or {step_back_to}.</source>
      <translation>Naməlum gizlətmə vəziyyəti {step_now} və ya {step_back_to}.</translation>
    </message>
    <message>
      <source>Redaction {record_id_8} is {record_status} now, not {step_now}: it was decided again since, so this decision is no longer the last one to undo.</source>
      <translation>{record_id_8} gizlətməsi indi {record_status} vəziyyətindədir, {step_now} yox: o vaxtdan yenidən qərar verilib, ona görə bu qərar artıq geri alınacaq sonuncu deyil.</translation>
    </message>
    <message>
      <source>Redaction {record_id_8} was added by hand; it was never proposed.</source>
      <translation>{record_id_8} gizlətməsi əl ilə əlavə edilib; heç vaxt təklif edilməyib.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} leaves differently for different profiles (the names each protects differ on its pages): review it for one profile at a time.</source>
      <translation>{attachment_id} əlavəsi müxtəlif profillər üçün fərqli çıxır (səhifələrində qorunan adlar fərqlidir): onu hər profil üçün ayrıca yoxlayın.</translation>
    </message>
    <message>
      <source>The evidence profile carries originals, which need no review.</source>
      <translation>«Sübutlar» profili yoxlama tələb etməyən orijinalları aparır.</translation>
    </message>
    <message>
      <source>Give the words to redact, not an empty text.</source>
      <translation>Gizlədiləcək sözləri verin, boş mətn yox.</translation>
    </message>
    <message>
      <source>Use either an occurrence number or all occurrences, not both.</source>
      <translation>Ya rast gəlmə nömrəsini, ya da bütün rast gəlmələri istifadə edin, ikisini birlikdə yox.</translation>
    </message>
    <message>
      <source>The {field} of statement {statement_id} does not contain that text (it must match exactly, capitals and spaces included).</source>
      <translation>{statement_id} ifadəsinin {field} sahəsində bu mətn yoxdur (dəqiq uyğun gəlməlidir, böyük hərflər və boşluqlar daxil).</translation>
    </message>
    <message>
      <source>The text appears {len_starts} time(s); there is no occurrence {occurrence}.</source>
      <translation>Mətn {len_starts} dəfə rast gəlir; {occurrence} rast gəlməsi yoxdur.</translation>
    </message>
    <message>
      <source>The text appears {len_starts} times in the {field}; choose one occurrence or cover them all.</source>
      <translation>Mətn {field} sahəsində {len_starts} dəfə rast gəlir; bir rast gəlmə seçin və ya hamısını örtün.</translation>
    </message>
    <message>
      <source>The span {start}-{end} overlaps redaction {record_id} ({field}[{record_start}:{record_end}], already accepted); nothing was recorded. Reject that one first to replace it.</source>
      <translation>{start}-{end} hissəsi {record_id} gizlətməsi ilə kəsişir ({field}[{record_start}:{record_end}], artıq qəbul edilib); heç nə qeydə alınmadı. Onu əvəz etmək üçün əvvəlcə onu rədd edin.</translation>
    </message>
    <message>
      <source>Run `redact suggest --statement {one} --profile {profile}`, then accept or reject them.</source>
      <translation>`redact suggest --statement {one} --profile {profile}` işə salın, sonra təklifləri qəbul və ya rədd edin.</translation>
    </message>
    <message>
      <source>Look at it with `redact preview --attachment {attachment} --profile P --out FILE` and review it with --profile P.</source>
      <translation>Ona `redact preview --attachment {attachment} --profile P --out FILE` ilə baxın və --profile P ilə yoxlayın.</translation>
    </message>
    <message>
      <source>Look at it with `redact preview --attachment {attachment} --profile {profile} --out FILE`, then run `redact review --attachment {attachment} --profile {profile}`.</source>
      <translation>Ona `redact preview --attachment {attachment} --profile {profile} --out FILE` ilə baxın, sonra `redact review --attachment {attachment} --profile {profile}` işə salın.</translation>
    </message>
    <message>
      <source>Look at each as it will be exported (`redact preview --attachment ID --profile {data_get_profile_P} --out FILE`) and run `redact review --attachment ID --profile {data_get_profile_P}`, or export with --skip-unreviewed to leave them out.</source>
      <translation>Hər birinə ixrac olunacaq şəkildə baxın (`redact preview --attachment ID --profile {data_get_profile_P} --out FILE`) və `redact review --attachment ID --profile {data_get_profile_P}` işə salın, ya da onları kənarda saxlamaq üçün --skip-unreviewed ilə ixrac edin.</translation>
    </message>
    <message>
      <source>Record a new consent of the witness here (`consent set --person ID --share ...`) or export the other statements with --statement ID; nothing was exported.</source>
      <translation>Şahidin yeni razılığını burada qeydə alın (`consent set --person ID --share ...`) və ya digər ifadələri --statement ID ilə ixrac edin; heç nə ixrac edilmədi.</translation>
    </message>
    <message>
      <source>(use --include-media)</source>
      <translation>(--include-media istifadə edin)</translation>
    </message>
    <message>
      <source>Give at least one of {options_data}.</source>
      <translation>Ən azı birini verin: {options_data}.</translation>
    </message>
    <message>
      <source>Several are given as --region AM,RU.</source>
      <translation>Bir neçəsi --region AM,RU kimi verilir.</translation>
    </message>
    <message>
      <source>To move one: `attachment relink ID --statement ID|--none`.</source>
      <translation>Birini köçürmək üçün: `attachment relink ID --statement ID|--none`.</translation>
    </message>
    <message>
      <source>To redact it: `redact span --statement ID --text {data_get_code_CODE} --all --reason other`.</source>
      <translation>Onu gizlətmək üçün: `redact span --statement ID --text {data_get_code_CODE} --all --reason other`.</translation>
    </message>
    <message>
      <source>To correct one: `incident edit ID --facility ...`.</source>
      <translation>Birini düzəltmək üçün: `incident edit ID --facility ...`.</translation>
    </message>
    <message>
      <source>Use --again to keep a second copy.</source>
      <translation>İkinci nüsxəni saxlamaq üçün --again istifadə edin.</translation>
    </message>
    <message>
      <source>Give it with --as.</source>
      <translation>Onu --as ilə verin.</translation>
    </message>
    <message>
      <source>Check --vault, or create a vault with init.</source>
      <translation>--vault-u yoxlayın və ya init ilə anbar yaradın.</translation>
    </message>
    <message>
      <source>Or give the case with --case.</source>
      <translation>Və ya işi --case ilə göstərin.</translation>
    </message>
    <message>
      <source>Use --occurrence N for one, or --all for every one.</source>
      <translation>Biri üçün --occurrence N, hamısı üçün --all istifadə edin.</translation>
    </message>
    <message>
      <source>Give it with --identity FILE.</source>
      <translation>Onu --identity FILE ilə verin.</translation>
    </message>
    <message>
      <source>Give one with --recipient.</source>
      <translation>Alıcını --recipient ilə verin.</translation>
    </message>
    <message>
      <source>Choose either --zip or --recipient.</source>
      <translation>Ya --zip, ya da --recipient seçin.</translation>
    </message>
    <message>
      <source>Then use --signer FINGERPRINT or `signer trust`.</source>
      <translation>Sonra --signer FINGERPRINT və ya `signer trust` istifadə edin.</translation>
    </message>
    <message>
      <source>Check the fingerprint with the sender by another route and give it with --signer FINGERPRINT.</source>
      <translation>Barmaq izini göndərənlə başqa yolla yoxlayın və onu --signer FINGERPRINT ilə verin.</translation>
    </message>
    <message>
      <source>NAME</source>
      <translation>AD</translation>
    </message>
    <message>
      <source>STATUS</source>
      <translation>VƏZİYYƏT</translation>
    </message>
    <message>
      <source>SINCE</source>
      <translation>TARİXDƏN</translation>
    </message>
    <message>
      <source>FINGERPRINT</source>
      <translation>BARMAQ İZİ</translation>
    </message>
    <message>
      <source>No trusted signers.</source>
      <translation>Etibarlı imzalayan yoxdur.</translation>
    </message>
    <message>
      <source>TIME</source>
      <translation>VAXT</translation>
    </message>
    <message>
      <source>OPERATOR</source>
      <translation>OPERATOR</translation>
    </message>
    <message>
      <source>ACTION</source>
      <translation>HƏRƏKƏT</translation>
    </message>
    <message>
      <source>RECORD</source>
      <translation>QEYD</translation>
    </message>
    <message>
      <source>DETAILS</source>
      <translation>TƏFƏRRÜAT</translation>
    </message>
    <message>
      <source>No custody events.</source>
      <translation>Saxlanma hadisəsi yoxdur.</translation>
    </message>
    <message>
      <source>No {listed_kind}.</source>
      <translation>Qeyd yoxdur ({listed_kind}).</translation>
    </message>
    <message>
      <source>No cases yet.</source>
      <translation>Hələ iş yoxdur.</translation>
    </message>
    <message>
      <source>CODE</source>
      <translation>KOD</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>CREATED</source>
      <translation>YARADILIB</translation>
    </message>
    <message>
      <source>REGIONS</source>
      <translation>REGİONLAR</translation>
    </message>
    <message>
      <source>TITLE</source>
      <translation>AD</translation>
    </message>
    <message>
      <source>ROLES</source>
      <translation>ROLLAR</translation>
    </message>
    <message>
      <source>BORN</source>
      <translation>DOĞULUB</translation>
    </message>
    <message>
      <source>ALIASES</source>
      <translation>DİGƏR ADLAR</translation>
    </message>
    <message>
      <source>WITNESS</source>
      <translation>ŞAHİD</translation>
    </message>
    <message>
      <source>DATE</source>
      <translation>TARİX</translation>
    </message>
    <message>
      <source>LANG</source>
      <translation>DİL</translation>
    </message>
    <message>
      <source>KIND</source>
      <translation>NÖV</translation>
    </message>
    <message>
      <source>VERSION</source>
      <translation>VERSİYA</translation>
    </message>
    <message>
      <source>SHA256</source>
      <translation>SHA256</translation>
    </message>
    <message>
      <source>STATEMENT</source>
      <translation>İFADƏ</translation>
    </message>
    <message>
      <source>SIZE</source>
      <translation>ÖLÇÜ</translation>
    </message>
    <message>
      <source>TYPE</source>
      <translation>NÖV</translation>
    </message>
    <message>
      <source>FACILITY</source>
      <translation>MÜƏSSİSƏ</translation>
    </message>
    <message>
      <source>PLACE</source>
      <translation>YER</translation>
    </message>
    <message>
      <source>FROM</source>
      <translation>HARADAN</translation>
    </message>
    <message>
      <source>ROLE</source>
      <translation>ROL</translation>
    </message>
    <message>
      <source>TO</source>
      <translation>HARAYA</translation>
    </message>
    <message>
      <source>CASE</source>
      <translation>İŞ</translation>
    </message>
    <message>
      <source>FIELD</source>
      <translation>SAHƏ</translation>
    </message>
    <message>
      <source>MATCH</source>
      <translation>UYĞUNLUQ</translation>
    </message>
    <message>
      <source>SNIPPET</source>
      <translation>PARÇA</translation>
    </message>
    <message>
      <source>No matches.</source>
      <translation>Uyğunluq yoxdur.</translation>
    </message>
    <message>
      <source>NOTE</source>
      <translation>QEYD</translation>
    </message>
    <message>
      <source>TARGET</source>
      <translation>HƏDƏF</translation>
    </message>
    <message>
      <source>WHERE</source>
      <translation>HARADA</translation>
    </message>
    <message>
      <source>REASON</source>
      <translation>SƏBƏB</translation>
    </message>
    <message>
      <source>REPLACEMENT</source>
      <translation>ƏVƏZLƏMƏ</translation>
    </message>
    <message>
      <source>TEXT</source>
      <translation>MƏTN</translation>
    </message>
    <message>
      <source>Nothing found to redact.</source>
      <translation>Gizlədiləcək heç nə tapılmadı.</translation>
    </message>
    <message>
      <source>Wrong current passphrase; nothing was changed.</source>
      <translation>Cari şifrə ifadəsi səhvdir; heç nə dəyişmədi.</translation>
    </message>
    <message>
      <source>Could not decode {name}: {why}.</source>
      <translation>{name} dekodlaşdırıla bilmədi: {why}.</translation>
    </message>
    <message>
      <source>The decoder process could not be started ({exc_strerror}).</source>
      <translation>Dekodlaşdırma prosesini başlatmaq mümkün olmadı ({exc_strerror}).</translation>
    </message>
    <message>
      <source>The decoder process stopped as it started.</source>
      <translation>Dekodlaşdırma prosesi başlayan kimi dayandı.</translation>
    </message>
    <message>
      <source>The decoders were shut down.</source>
      <translation>Dekoderlər dayandırıldı.</translation>
    </message>
    <message>
      <source>The backup is recorded in the custody log and verified, but could not take its name ({os_strerror_exc_errno_or_0}): it is at {partial}; rename it to {destination_name}.</source>
      <translation>Ehtiyat nüsxə saxlanma jurnalında qeydə alınıb və yoxlanılıb, lakin onun adını dəyişmək mümkün olmadı ({os_strerror_exc_errno_or_0}): o, {partial} ünvanındadır; onun adını {destination_name} olaraq dəyişin.</translation>
    </message>
    <message>
      <source>The backup is at {destination} and recorded, but the disk refused to update the vault state (is it full?); the next open repairs it.</source>
      <translation>Ehtiyat nüsxə {destination} ünvanındadır və qeydə alınıb, lakin disk anbarın vəziyyətini yeniləməkdən imtina etdi (doludur?); növbəti açılış onu bərpa edəcək.</translation>
    </message>
    <message>
      <source>The backup is at {destination} and recorded, but the disk refused to confirm it ({os_strerror_exc_errno_or_0}); check the disk.</source>
      <translation>Ehtiyat nüsxə {destination} ünvanındadır və qeydə alınıb, lakin disk onun yazılmasını təsdiqləmədi ({os_strerror_exc_errno_or_0}); diski yoxlayın.</translation>
    </message>
    <message>
      <source>The disk refused a write ({os_strerror_exc_errno_or_0}): {what} {verb} not saved.</source>
      <translation type="vanished">Disk yazmaqdan imtina etdi ({os_strerror_exc_errno_or_0}), məlumatlar saxlanılmadı ({what} {verb} not saved).</translation>
    </message>
    <message>
      <source>The disk is full: {what} {verb} not saved; the vault is unchanged.</source>
      <translation type="vanished">Disk doludur, məlumatlar saxlanılmadı ({what} {verb} not saved); anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: {what} {verb} not saved.</source>
      <translation type="vanished">Disk yalnız oxumaq üçündür, məlumatlar saxlanılmadı ({what} {verb} not saved).</translation>
    </message>
    <message>
      <source>{path} is in the way and was not made by Evidence Vault; move it and try again.</source>
      <translation>{path} mane olur və Evidence Vault tərəfindən yaradılmayıb; onu başqa yerə köçürün və yenidən cəhd edin.</translation>
    </message>
    <message>
      <source>The change was saved{saved}, but the disk refused to update the vault state (is it full?); the next open repairs it. Do not repeat the change.</source>
      <translation>Dəyişiklik saxlanıldı{saved}, lakin disk anbarın vəziyyətini yeniləməkdən imtina etdi (doludur?); növbəti açılış onu bərpa edəcək. Dəyişikliyi təkrarlamayın.</translation>
    </message>
    <message>
      <source>The key slots were changed, but the disk refused to finish tidying them (is it full?); the next open finishes it. Do not repeat the change.</source>
      <translation>Açar slotları dəyişdirildi, lakin disk onların səliqəyə salınmasını başa çatdırmağa imkan vermədi (doludur?); növbəti açılış bunu başa çatdıracaq. Dəyişikliyi təkrarlamayın.</translation>
    </message>
    <message>
      <source>The export is recorded and the bundle is at {out}, but the disk refused to update the vault state (is it full?); the next open repairs it. Do not export again.</source>
      <translation>İxrac qeydə alınıb və paket {out} ünvanındadır, lakin disk anbarın vəziyyətini yeniləməkdən imtina etdi (doludur?); növbəti açılış onu bərpa edəcək. İxracı təkrarlamayın.</translation>
    </message>
    <message>
      <source>The export is recorded in the custody log, but the bundle could not take its name ({os_strerror_exc_errno_or_0}): it is complete at {partial_path}; rename it to {partial_final_name}.</source>
      <translation>İxrac saxlanma jurnalında qeydə alınıb, lakin paketin adını dəyişmək mümkün olmadı ({os_strerror_exc_errno_or_0}): paket tam şəkildə {partial_path} ünvanındadır; onun adını {partial_final_name} olaraq dəyişin.</translation>
    </message>
    <message>
      <source>The export is recorded in the custody log and the bundle is at {partial_final}, but the disk refused to confirm it ({os_strerror_exc_errno_or_0}); check the disk before relying on it.</source>
      <translation>İxrac saxlanma jurnalında qeydə alınıb və paket {partial_final} ünvanındadır, lakin disk onun yazılmasını təsdiqləmədi ({os_strerror_exc_errno_or_0}); paketə etibar etməzdən əvvəl diski yoxlayın.</translation>
    </message>
    <message>
      <source>The disk refused to update the vault state (is it full?) after saving{exc_saved}: the export was not written. The vault opens as before (its next open repairs the state); free some space and export again.</source>
      <translation>Saxlandıqdan sonra{exc_saved} disk anbarın vəziyyətini yeniləməkdən imtina etdi (doludur?): ixrac yazılmadı. Anbar əvvəlki kimi açılır (növbəti açılış vəziyyəti bərpa edəcək); diskdə yer boşaldın və ixracı təkrarlayın.</translation>
    </message>
    <message>
      <source>Does it match, group by group, the fingerprint the sender read out to you by another route? Type yes to trust it: </source>
      <translation>O, qrup-qrup, göndərənin sizə başqa yolla oxuduğu barmaq izi ilə üst-üstə düşürmü? Ona etibar etmək üçün yes yazın: </translation>
    </message>
    <message>
      <source>confirmed by you</source>
      <translation>sizin tərəfinizdən təsdiqləndi</translation>
    </message>
    <message>
      <source>it matches the fingerprint given</source>
      <translation>verilmiş barmaq izi ilə üst-üstə düşür</translation>
    </message>
    <message>
      <source>confirmed with --yes</source>
      <translation>--yes ilə təsdiqləndi</translation>
    </message>
    <message>
      <source>Signer fingerprint: {fingerprint}</source>
      <translation>İmzalayanın barmaq izi: {fingerprint}</translation>
    </message>
    <message>
      <source>Bundles signed with this key are now refused by verify and import.</source>
      <translation>Bu açarla imzalanmış paketlər artıq verify və import əmrləri tərəfindən rədd edilir.</translation>
    </message>
    <message>
      <source>bundle refused: {check}: {why}</source>
      <translation>paket rədd edildi: {check}: {why}</translation>
    </message>
    <message>
      <source>Imported bundle {bundle} ({profile}, {form}) as case {code}: {case}</source>
      <translation>{bundle} paketi ({profile}, {form}) {code} işi kimi idxal edildi: {case}</translation>
    </message>
    <message>
      <source>From the sender's case {code}: {statements} statement(s), {attachments} attachment(s), {persons} person(s), {facilities} facility(ies), {incidents} incident(s), {links} link(s); {events} custody event(s) of the bundle kept.</source>
      <translation>Göndərənin {code} işindən: ifadə — {statements}, əlavə — {attachments}, şəxs — {persons}, müəssisə — {facilities}, insident — {incidents}, əlaqə — {links}; paketin saxlanma hadisələrindən {events} saxlanıldı.</translation>
    </message>
    <message>
      <source>Signer: {status}{named}, key {fingerprint}</source>
      <translation>İmzalayan: {status}{named}, açar {fingerprint}</translation>
    </message>
    <message>
      <source>Trusted {name}: {fingerprint} ({how})</source>
      <translation>Etibarlı imzalayan {name}: {fingerprint} ({how})</translation>
    </message>
    <message>
      <source>Revoked {name}: {fingerprint}</source>
      <translation>Ləğv edilmiş imzalayan {name}: {fingerprint}</translation>
    </message>
    <message>
      <source>Raised {count} earlier import(s) signed by this key to TRUSTED.</source>
      <translation>Bu açarla imzalanmış əvvəlki idxallardan {count} TRUSTED səviyyəsinə qaldırıldı.</translation>
    </message>
    <message>
      <source>from {variable}</source>
      <translation>{variable} dəyişənindən</translation>
    </message>
    <message>
      <source>last used</source>
      <translation>sonuncu istifadə edilən</translation>
    </message>
    <message>
      <source>using vault {path} ({why})</source>
      <translation>{path} anbarı istifadə olunur ({why})</translation>
    </message>
    <message>
      <source>note: {text}</source>
      <translation>qeyd: {text}</translation>
    </message>
    <message>
      <source> ({suffix} added to --out)</source>
      <translation> ({suffix} --out-a əlavə edildi)</translation>
    </message>
    <message>
      <source>Exported bundle {bundle} ({form}) to {path}{added}</source>
      <translation>{bundle} paketi ({form}) {path}{added} ünvanına ixrac edildi</translation>
    </message>
    <message>
      <source>Profile {profile}: {statements} statement(s), {attachments} attachment(s).</source>
      <translation>Profil {profile}: ifadə — {statements}, əlavə — {attachments}.</translation>
    </message>
    <message>
      <source>Signed by this vault's key, fingerprint {fingerprint}</source>
      <translation>Bu anbarın açarı ilə imzalanıb, barmaq izi {fingerprint}</translation>
    </message>
    <message>
      <source>Left out: {count} statement(s) ({why}).</source>
      <translation>Daxil edilməyən ifadə: {count} ({why}).</translation>
    </message>
    <message>
      <source>Left out: attachment {code} ({name}): {why}.</source>
      <translation>Daxil edilmədi: {code} əlavəsi ({name}): {why}.</translation>
    </message>
    <message>
      <source>Operator: {name} (written into every custody event from now on).</source>
      <translation>Operator: {name} (bundan sonra hər saxlanma hadisəsinə yazılır).</translation>
    </message>
    <message>
      <source>reminder: {text}</source>
      <translation>xatırlatma: {text}</translation>
    </message>
    <message>
      <source>(kept by profile: this profile shows that name; no decision is needed)</source>
      <translation>(profil tərəfindən saxlanılır: bu profil həmin adı göstərir; qərar lazım deyil)</translation>
    </message>
    <message>
      <source>--- translation ---</source>
      <translation>--- tərcümə ---</translation>
    </message>
    <message>
      <source>(no proposals, spans, boxes or review marks)</source>
      <translation>(təklif, fraqment, sahə və ya yoxlama qeydi yoxdur)</translation>
    </message>
    <message>
      <source>--- {count} hit(s) nobody decided for {profile}; export refuses until each is accepted or rejected (`redact suggest --statement {code} --profile {profile}`):</source>
      <translation>--- {profile} üçün heç kimin qərar vermədiyi uyğunluq: {count}; hər biri qəbul və ya rədd edilənədək ixrac imtina edir (`redact suggest --statement {code} --profile {profile}`):</translation>
    </message>
    <message>
      <source>Attachment {code} as it leaves for {profile}: {media_type}, {size} bytes, sha256 {sha256}</source>
      <translation>{code} əlavəsi {profile} üçün çıxdığı şəkildə: {media_type}, {size} bayt, sha256 {sha256}</translation>
    </message>
    <message>
      <source>Review for {profile}: {review}</source>
      <translation>{profile} üçün yoxlama: {review}</translation>
    </message>
    <message>
      <source>Note: {text} names nobody registered in this case. To find it in every statement and export, register the person: `person add --case {case} --name "{name}" --role ROLE`.</source>
      <translation>Qeyd: {text} bu işdə qeydə alınmış heç bir şəxsi adlandırmır. Onu bütün ifadələrdə və ixraclarda tapmaq üçün şəxsi qeydə alın: `person add --case {case} --name "{name}" --role ROLE`.</translation>
    </message>
    <message>
      <source>Not exported for {profile}: {why}. As it would read:</source>
      <translation>{profile} üçün ixrac edilmir: {why}. Belə oxunardı:</translation>
    </message>
    <message>
      <source>--- place: {place}</source>
      <translation>--- yer: {place}</translation>
    </message>
    <message>
      <source>--- nothing undecided for {profile}: this is the text that leaves</source>
      <translation>--- {profile} üçün qərarsız heç nə yoxdur: çıxan mətn budur</translation>
    </message>
    <message>
      <source>Written to {path} (readable by you only; a plaintext copy: delete it when done)</source>
      <translation>{path} faylına yazıldı (yalnız siz oxuya bilərsiniz; şifrələnməmiş nüsxədir: işiniz bitəndə silin)</translation>
    </message>
    <message>
      <source>Recovery code (shown only now). Write it on paper and keep it apart from this
laptop; with it you can set a new passphrase if this one is forgotten:</source>
      <translation>Bərpa kodu (yalnız indi göstərilir). Onu kağıza yazın və bu noutbukdan ayrı
saxlayın; bu şifrə ifadəsi unudularsa, onunla yenisini təyin edə bilərsiniz:</translation>
    </message>
    <message>
      <source>(read it out to whoever receives your bundles; `info` shows it again)</source>
      <translation>(onu paketlərinizi alanlara oxuyun; `info` onu yenidən göstərir)</translation>
    </message>
    <message>
      <source>Write it on paper and keep it apart from this laptop.</source>
      <translation>Onu kağıza yazın və bu noutbukdan ayrı saxlayın.</translation>
    </message>
    <message>
      <source>Could someone else know the old passphrase (seen, forced out of you, written down)? Then the vault also needs a new master key (rekey). [y/N] </source>
      <translation>Köhnə şifrə ifadəsini başqası bilə bilərmi (görüb, sizdən zorla alıb, yazılıb)? Onda anbara yeni əsas açar da lazımdır (rekey). [y/N] </translation>
    </message>
    <message>
      <source>Passphrase changed. Backups, and any old copy of the key file a disk kept, still
open with the old one; if someone may know it, run passwd --rekey.</source>
      <translation>Şifrə ifadəsi dəyişdirildi. Ehtiyat nüsxələr və diskdə qalmış açar faylının hər köhnə nüsxəsi
hələ də köhnə ifadə ilə açılır; onu kimsə bilə bilərsə, passwd --rekey icra edin.</translation>
    </message>
    <message>
      <source>Rekeyed: the vault has a new master key. Old key slots, recovery codes, backups
and disk images no longer open what it holds now (they still open what they held).</source>
      <translation>Açar dəyişdirildi: anbarın yeni əsas açarı var. Köhnə açar slotları, bərpa kodları, ehtiyat nüsxələr
və disk təsvirləri onda indi olanı artıq açmır (əvvəl olanı hələ də açır).</translation>
    </message>
    <message>
      <source>the old one no longer works</source>
      <translation>köhnəsi artıq işləmir</translation>
    </message>
    <message>
      <source>New recovery code made; the old one no longer opens this vault. If the old code
may have been seen together with a copy of the vault, run rekey instead.</source>
      <translation>Yeni bərpa kodu yaradıldı; köhnəsi artıq bu anbarı açmır. Köhnə kod anbarın
nüsxəsi ilə birlikdə görülmüş ola bilərsə, bunun əvəzinə rekey icra edin.</translation>
    </message>
    <message>
      <source> (below the cost floor: run passwd)</source>
      <translation> (minimal dəyərdən aşağı: passwd icra edin)</translation>
    </message>
    <message>
      <source> (kept from format 1: not split; passwd or recovery regenerate remakes it)</source>
      <translation> (1-ci formatdan saxlanılıb: bölünməyib; passwd və ya recovery regenerate onu yenidən yaradır)</translation>
    </message>
    <message>
      <source>Passphrase changed and the vault rekeyed: old key slots, backups and disk
images no longer open what it holds now (they still open what they held).</source>
      <translation>Şifrə ifadəsi dəyişdirildi və anbarın açarı dəyişdirildi: köhnə açar slotları, ehtiyat nüsxələr və disk
təsvirləri onda indi olanı artıq açmır (əvvəl olanı hələ də açır).</translation>
    </message>
    <message>
      <source>kept</source>
      <translation>saxlanılır</translation>
    </message>
    <message>
      <source>destroyed</source>
      <translation>məhv edilir</translation>
    </message>
    <message>
      <source>Type ERASE to continue: </source>
      <translation>Davam etmək üçün ERASE yazın: </translation>
    </message>
    <message>
      <source>Created a new vault at {path} (operator: {operator}).</source>
      <translation>{path} ünvanında yeni anbar yaradıldı (operator: {operator}).</translation>
    </message>
    <message>
      <source>Vault:          {path}</source>
      <translation>Anbar:               {path}</translation>
    </message>
    <message>
      <source>Vault id:       {id}</source>
      <translation>Anbar ID:            {id}</translation>
    </message>
    <message>
      <source>Format:         {format} (schema {schema}, key epoch {epoch})</source>
      <translation>Format:              {format} (sxem {schema}, açar dövrü {epoch})</translation>
    </message>
    <message>
      <source>Operator:       {name}</source>
      <translation>Operator:            {name}</translation>
    </message>
    <message>
      <source>Cases:          {count}</source>
      <translation>İşlər:               {count}</translation>
    </message>
    <message>
      <source>Attachments:    {count}</source>
      <translation>Əlavələr:            {count}</translation>
    </message>
    <message>
      <source>Custody events: {count}</source>
      <translation>Saxlanma hadisələri: {count}</translation>
    </message>
    <message>
      <source>New recovery code (shown only now; {why}):</source>
      <translation>Yeni bərpa kodu (yalnız indi göstərilir; {why}):</translation>
    </message>
    <message>
      <source>Escrow slot removed.</source>
      <translation>Əmanət slotu silindi.</translation>
    </message>
    <message>
      <source>Vault OK: database intact, {attachments} attachment(s) authenticated, custody log of {events} event(s) verified, state counter matches.</source>
      <translation>Anbar qaydasındadır: verilənlər bazası bütövdür, əlavələrin həqiqiliyi təsdiqləndi ({attachments}), saxlanma jurnalı yoxlanıldı (hadisə: {events}), vəziyyət sayğacı uyğundur.</translation>
    </message>
    <message>
      <source>the vault failed {count} check(s).</source>
      <translation>anbar yoxlamalardan keçmədi: {count}.</translation>
    </message>
    <message>
      <source>Backup written to {path} and verified ({attachments} attachment(s), {events} custody event(s)). It opens with the same passphrase and recovery code.</source>
      <translation>Ehtiyat nüsxə {path} ünvanına yazıldı və yoxlanıldı (əlavə: {attachments}, saxlanma hadisəsi: {events}). O, eyni şifrə ifadəsi və bərpa kodu ilə açılır.</translation>
    </message>
    <message>
      <source>the custody log failed verification.</source>
      <translation>saxlanma jurnalı yoxlamadan keçmədi.</translation>
    </message>
    <message>
      <source>Custody log verified: {rows} event(s), head {rows}:{head}.</source>
      <translation>Saxlanma jurnalı yoxlanıldı: hadisə — {rows}, baş {rows}:{head}.</translation>
    </message>
    <message>
      <source>Key slot:       {type}{cost}{extra}</source>
      <translation>Açar slotu:          {type}{cost}{extra}</translation>
    </message>
    <message>
      <source>Escrow slot added.</source>
      <translation>Əmanət slotu əlavə edildi.</translation>
    </message>
    <message>
      <source>This destroys every key slot of {path} (escrow slot: {fate}).</source>
      <translation>Bu, {path} anbarının bütün açar slotlarını məhv edir (əmanət slotu: {fate}).</translation>
    </message>
    <message>
      <source>{path} is the hidden leftover of an interrupted export or backup; the next export or backup into that folder removes it (or remove it)</source>
      <translation>{path} yarımçıq qalmış ixracın və ya ehtiyat nüsxənin gizli qalığıdır; həmin qovluğa növbəti ixrac və ya ehtiyat nüsxə onu silir (və ya özünüz silin)</translation>
    </message>
    <message>
      <source>custody log broken at row {row}: {reason}.</source>
      <translation>saxlanma jurnalı {row} sətrində pozulub: {reason}.</translation>
    </message>
    <message>
      <source>Imported custody verified: {lines} line(s) kept from {imports} bundle(s) chain to the heads their imports recorded.</source>
      <translation>İdxal edilmiş saxlanma zənciri yoxlanıldı: paketlərdən ({imports}) saxlanılan sətirlər ({lines}) idxal zamanı qeydə alınan başlara bağlanır.</translation>
    </message>
    <message>
      <source>The holder of the age identity for {recipient} can open this
vault and set a new passphrase.</source>
      <translation>{recipient} üçün age identifikasiyasının sahibi bu anbarı
aça və yeni şifrə ifadəsi təyin edə bilər.</translation>
    </message>
    <message>
      <source>Escrow slot replaced: the holder of {recipient} can no longer open this vault.</source>
      <translation>Əmanət slotu əvəz edildi: {recipient} sahibi artıq bu anbarı aça bilməz.</translation>
    </message>
    <message>
      <source>warning: the signer is not verified (UNPINNED): the bundle is intact and signed, but by a key this vault does not trust; compare the fingerprint with the sender's over another channel.</source>
      <translation>xəbərdarlıq: imzalayan təsdiqlənməyib (UNPINNED): paket bütövdür və imzalanıb, lakin bu anbarın etibar etmədiyi açarla; barmaq izini başqa kanalla göndərəninki ilə müqayisə edin.</translation>
    </message>
    <message>
      <source>Signer key fingerprint (SHA-256 of the public key):</source>
      <translation>İmzalayanın açarının barmaq izi (açıq açarın SHA-256-sı):</translation>
    </message>
    <message>
      <source>Result:       intact and signed, but the signer is NOT verified (UNPINNED).</source>
      <translation>Nəticə:       bütövdür və imzalanıb, lakin imzalayan təsdiqlənməyib (UNPINNED).</translation>
    </message>
    <message>
      <source>Bundle:       {path}{kind}</source>
      <translation>Paket:        {path}{kind}</translation>
    </message>
    <message>
      <source>Result:       the bundle checks out.</source>
      <translation>Nəticə:       paket yoxlamadan keçdi.</translation>
    </message>
    <message>
      <source>Bundle id:    {bundle}</source>
      <translation>Paket ID:     {bundle}</translation>
    </message>
    <message>
      <source>Case:         {case}    Profile: {profile}    Signed: {utc}</source>
      <translation>İş:           {case}    Profil: {profile}    İmzalanıb: {utc}</translation>
    </message>
    <message>
      <source>Signer:       {status}{named}</source>
      <translation>İmzalayan:    {status}{named}</translation>
    </message>
    <message>
      <source>Result:       REFUSED: {check}: {detail}</source>
      <translation>Nəticə:       RƏDD EDİLDİ: {check}: {detail}</translation>
    </message>
    <message>
      <source>New passphrase: </source>
      <translation>Yeni şifrə ifadəsi: </translation>
    </message>
    <message>
      <source>New passphrase again: </source>
      <translation>Yeni şifrə ifadəsi təkrar: </translation>
    </message>
    <message>
      <source>{problem} Try again ({attempt} of {tries}).</source>
      <translation>{problem} Yenidən cəhd edin ({attempt}/{tries}).</translation>
    </message>
    <message>
      <source>Passphrase: </source>
      <translation>Şifrə ifadəsi: </translation>
    </message>
    <message>
      <source>Recovery code: </source>
      <translation>Bərpa kodu: </translation>
    </message>
    <message>
      <source>UNPINNED: the signature is valid, but nothing says whose key it is; compare the fingerprint with the sender's over another channel</source>
      <translation>UNPINNED: imza etibarlıdır, lakin açarın kimə məxsus olduğunu heç nə göstərmir; barmaq izini başqa kanalla göndərəninki ilə müqayisə edin</translation>
    </message>
    <message>
      <source>{count} events chain correctly; the last is this bundle's export (sender's custody commitment {chain}…)</source>
      <translation>hadisələr ({count}) düzgün zəncirlənir; sonuncusu bu paketin ixracıdır (göndərənin saxlanma zəncirinin təsbiti {chain}…)</translation>
    </message>
    <message>
      <source>{count} events chain correctly; the last is this bundle's export (sender's custody head {chain}…)</source>
      <translation>hadisələr ({count}) düzgün zəncirlənir; sonuncusu bu paketin ixracıdır (göndərənin saxlanma zəncirinin başı {chain}…)</translation>
    </message>
    <message>
      <source>PINNED: the key matches the fingerprint given</source>
      <translation>PINNED: açar verilmiş barmaq izi ilə üst-üstə düşür</translation>
    </message>
    <message>
      <source>not checked: the signature did not verify, so nothing it covers was read</source>
      <translation>yoxlanılmadı: imza təsdiqlənmədi, ona görə də onun əhatə etdiyi heç nə oxunmadı</translation>
    </message>
    <message>
      <source>BagIt 1.0: {payload} payload files match manifest-sha256.txt and manifest-sha512.txt; {tags} tag files match {manifest}; no other files</source>
      <translation>BagIt 1.0: məzmun faylları ({payload}) manifest-sha256.txt və manifest-sha512.txt ilə uyğundur; xidməti fayllar ({tags}) {manifest} ilə uyğundur; başqa fayl yoxdur</translation>
    </message>
    <message>
      <source>minisign signature over {manifest} by key {key} (signature/signer.pub) verifies, trusted comment included</source>
      <translation>{manifest} üzərində {key} açarı ilə minisign imzası (signature/signer.pub) təsdiqləndi, etibarlı şərh daxil olmaqla</translation>
    </message>
    <message>
      <source>no verified trusted comment to compare with</source>
      <translation>müqayisə üçün təsdiqlənmiş etibarlı şərh yoxdur</translation>
    </message>
    <message>
      <source>bundle {bundle}, case {case}, profile {profile}, signed {utc}: the signature, bag-info.txt and {records} agree</source>
      <translation>paket {bundle}, iş {case}, profil {profile}, imzalanıb {utc}: imza, bag-info.txt və {records} uyğundur</translation>
    </message>
    <message>
      <source>the {count} files {records} names are all in data/, and it names every other file there</source>
      <translation>{records} faylında adı çəkilən bütün fayllar ({count}) data/ qovluğundadır və o, oradakı bütün digər faylların adını çəkir</translation>
    </message>
    <message>
      <source>not checked: the signature did not verify, so nothing was read</source>
      <translation>yoxlanılmadı: imza təsdiqlənmədi, ona görə də heç nə oxunmadı</translation>
    </message>
    <message>
      <source>TRUSTED: a trusted signer of this vault, {name}</source>
      <translation>TRUSTED: bu anbarın etibarlı imzalayanı, {name}</translation>
    </message>
    <message>
      <source>{kind} of {count} files, nothing unsafe</source>
      <translation>{kind}, fayl: {count}, təhlükəli heç nə yoxdur</translation>
    </message>
    <message>
      <source>not checked: {name} is not covered by the verified signature, so it was not read</source>
      <translation>yoxlanılmadı: {name} təsdiqlənmiş imza ilə əhatə olunmur, ona görə də oxunmadı</translation>
    </message>
    <message>
      <source>not checked: bag-info.txt was not read (see layout)</source>
      <translation>yoxlanılmadı: bag-info.txt oxunmadı (bax: layout)</translation>
    </message>
    <message>
      <source>the signature did not verify, so nobody is known to have signed</source>
      <translation>imza təsdiqlənmədi, ona görə də kimin imzaladığı məlum deyil</translation>
    </message>
    <message>
      <source>{count} events chain correctly, but with no verified signature there is no bundle id to compare the export event with</source>
      <translation>hadisələr ({count}) düzgün zəncirlənir, lakin təsdiqlənmiş imza olmadan ixrac hadisəsini müqayisə etmək üçün paket ID-si yoxdur</translation>
    </message>
    <message>
      <source>Erased: the key file could not be read, so it was overwritten whole; nothing in the vault can be decrypted any more (no escrow slot could be kept).</source>
      <translation>Silindi: açar faylı oxuna bilmədi, ona görə də tamamilə üzərinə yazıldı; anbarda heç nəyin şifrəsi artıq açıla bilməz (əmanət slotu saxlanıla bilmədi).</translation>
    </message>
    <message>
      <source>The escrow slot was kept: HQ's age identity can still open this vault.</source>
      <translation>Əmanət slotu saxlanıldı: baş ofisin age identifikasiyası hələ də bu anbarı aça bilər.</translation>
    </message>
    <message>
      <source>The vault is open in another window or program: close it now; until then its keys are in that program's memory.</source>
      <translation>Anbar başqa pəncərədə və ya proqramda açıqdır: onu indi bağlayın; o vaxtadək onun açarları həmin proqramın yaddaşındadır.</translation>
    </message>
    <message>
      <source>There was no escrow slot to keep.</source>
      <translation>Saxlanılacaq əmanət slotu yox idi.</translation>
    </message>
    <message>
      <source>Erased: {count} key slot(s) overwritten in place; the vault can no longer be opened with a passphrase or recovery code (it answers 'Wrong passphrase': nothing in its files says it was erased).</source>
      <translation>Silindi: açar slotlarının ({count}) yerində üzərinə yazıldı; anbar artıq şifrə ifadəsi və ya bərpa kodu ilə açıla bilməz (o, «Səhv şifrə ifadəsi» cavabını verir: onun fayllarında heç nə silindiyini göstərmir).</translation>
    </message>
    <message>
      <source>Not reached: {path} is a partial copy of this vault left by a backup cut short; it holds key slots that open with the old secrets. Destroy it.</source>
      <translation>Çatılmadı: {path} yarımçıq qalmış ehtiyat nüsxədən qalan bu anbarın natamam nüsxəsidir; onda köhnə sirlərlə açılan açar slotları var. Onu məhv edin.</translation>
    </message>
    <message>
      <source>{path} (a symbolic link: the file taken in is {target})</source>
      <translation>{path} (simvolik keçid: qəbul edilən fayl {target})</translation>
    </message>
    <message>
      <source>the original(s) are still on disk, unencrypted, where they were: {names}; once you have checked the vault copy, remove them securely (e.g. shred -u, or your system's secure delete)</source>
      <translation>orijinallar hələ də diskdə, şifrələnməmiş halda, olduqları yerdədir: {names}; anbardakı nüsxəni yoxladıqdan sonra onları təhlükəsiz silin (məsələn, shred -u və ya sisteminizin təhlükəsiz silmə vasitəsi ilə)</translation>
    </message>
    <message>
      <source>{name} carries a GPS position ({latitude}, {longitude}); anonymized exports remove it</source>
      <translation>{name} GPS mövqeyi daşıyır ({latitude}, {longitude}); anonimləşdirilmiş ixraclar onu silir</translation>
    </message>
    <message>
      <source>{name} carries a GPS position; anonymized exports remove it</source>
      <translation>{name} GPS mövqeyi daşıyır; anonimləşdirilmiş ixraclar onu silir</translation>
    </message>
    <message>
      <source>What erase does not reach: the key slots were overwritten in place, in the only file that ever held them, but an SSD (wear levelling) and copy-on-write file systems or snapshots (btrfs, ZFS, APFS, Time Machine) may still keep earlier copies of that file's blocks; such a copy opens with the passphrase or recovery code in force when it was written, until a rekey (made before the erase) replaced the key it holds. A vault of format 1 also left old header copies in free space. Any backup of this vault holds key slots too: destroy backups separately.</source>
      <translation>Silmənin çatmadığı yerlər: açar slotları onları nə vaxtsa saxlamış yeganə faylda yerindəcə üzərinə yazıldı, lakin SSD (aşınmanın bərabərləşdirilməsi), yazma zamanı kopyalayan fayl sistemləri və ya snapşotlar (btrfs, ZFS, APFS, Time Machine) həmin faylın bloklarının əvvəlki nüsxələrini hələ saxlaya bilər; belə nüsxə yazıldığı vaxt qüvvədə olan şifrə ifadəsi və ya bərpa kodu ilə açılır, ta ki açar dəyişməsi (silmədən əvvəl edilmiş) orada saxlanan açarı əvəz edənə qədər. 1-ci format anbar boş yerdə başlığın köhnə nüsxələrini də qoyub. Bu anbarın istənilən ehtiyat nüsxəsi də açar slotları saxlayır: ehtiyat nüsxələri ayrıca məhv edin.</translation>
    </message>
    <message>
      <source>bagit.txt must hold exactly BagIt-Version and the encoding</source>
      <translation>bagit.txt dəqiq BagIt-Version və kodlaşdırmanı saxlamalıdır</translation>
    </message>
    <message>
      <source>bagit.txt does not declare UTF-8 tag files</source>
      <translation>bagit.txt UTF-8 xidməti faylları elan etmir</translation>
    </message>
    <message>
      <source>fetch.txt is present (it asks to download files from elsewhere; refused)</source>
      <translation>fetch.txt mövcuddur (o, faylları başqa yerdən yükləməyi xahiş edir; rədd edildi)</translation>
    </message>
    <message>
      <source>bagit.txt declares BagIt version {version}</source>
      <translation>bagit.txt BagIt {version} versiyasını elan edir</translation>
    </message>
    <message>
      <source>bag-info.txt gives Payload-Oxum {given} but the payload is {expected} (bytes.files)</source>
      <translation>bag-info.txt Payload-Oxum {given} göstərir, lakin məzmun {expected}-dir (baytlar.fayllar)</translation>
    </message>
    <message>
      <source>{name} is larger than any tag file needs</source>
      <translation>{name} hər hansı xidməti faylın ehtiyac duyduğundan böyükdür</translation>
    </message>
    <message>
      <source>{name} starts with a byte-order mark, which BagIt forbids</source>
      <translation>{name} BagIt-in qadağan etdiyi bayt sırası işarəsi ilə başlayır</translation>
    </message>
    <message>
      <source>{name} is missing</source>
      <translation>{name} yoxdur</translation>
    </message>
    <message>
      <source>line {line} of {manifest} is not a {algorithm} hash and a path</source>
      <translation>{manifest} faylının {line}-ci sətri {algorithm} heşi və yol deyil</translation>
    </message>
    <message>
      <source>{name} is listed twice in {manifest}</source>
      <translation>{name} {manifest} faylında iki dəfə göstərilib</translation>
    </message>
    <message>
      <source>{manifest} lists {name}, which is not in the bundle</source>
      <translation>{manifest} paketdə olmayan {name} faylını göstərir</translation>
    </message>
    <message>
      <source>{name} is not listed in {manifest} (untracked file)</source>
      <translation>{name} {manifest} faylında göstərilməyib (uçota alınmamış fayl)</translation>
    </message>
    <message>
      <source>{name} is not UTF-8 text</source>
      <translation>{name} UTF-8 mətni deyil</translation>
    </message>
    <message>
      <source>line {line} of {name} is not 'Label: value'</source>
      <translation>{name} faylının {line}-ci sətri «Etiket: dəyər» şəklində deyil</translation>
    </message>
    <message>
      <source>{name} is not a file the signature folder may hold</source>
      <translation>{name} imza qovluğunda ola biləcək fayl deyil</translation>
    </message>
    <message>
      <source>{manifest} lists {name}, which is outside data/</source>
      <translation>{manifest} data/ xaricində olan {name} faylını göstərir</translation>
    </message>
    <message>
      <source>{name} uses a hash other than SHA-256 or SHA-512</source>
      <translation>{name} SHA-256 və SHA-512-dən fərqli heş istifadə edir</translation>
    </message>
    <message>
      <source>{name} does not match its {algorithm} in {manifest} (changed after the bundle was made)</source>
      <translation>{name} {manifest} faylındakı öz {algorithm} dəyəri ilə üst-üstə düşmür (paket yaradıldıqdan sonra dəyişdirilib)</translation>
    </message>
    <message>
      <source>custody.jsonl is empty (it must end with the export)</source>
      <translation>custody.jsonl boşdur (ixracla bitməlidir)</translation>
    </message>
    <message>
      <source>line 1 of custody.jsonl does not point to 64 zeros (a line was removed, added or moved)</source>
      <translation>custody.jsonl faylının 1-ci sətri 64 sıfıra işarə etmir (sətir silinib, əlavə edilib və ya yeri dəyişdirilib)</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl is not a JSON object</source>
      <translation>custody.jsonl faylının {line}-ci sətri JSON obyekti deyil</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has {keys}, which no line may have</source>
      <translation>custody.jsonl faylının {line}-ci sətrində heç bir sətirdə ola bilməyən {keys} var</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has seq {seq}, not {line}</source>
      <translation>custody.jsonl faylının {line}-ci sətrində seq {line} deyil, {seq}-dir</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has details that are not an object</source>
      <translation>custody.jsonl faylının {line}-ci sətrindəki details obyekt deyil</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl does not point to the hash of line {before} (a line was removed, added or moved)</source>
      <translation>custody.jsonl faylının {line}-ci sətri {before}-ci sətrin heşinə işarə etmir (sətir silinib, əlavə edilib və ya yeri dəyişdirilib)</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has a hash that is not 64 lowercase hex digits</source>
      <translation>custody.jsonl faylının {line}-ci sətrindəki heş 64 kiçik onaltılıq rəqəmdən ibarət deyil</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl does not match its hash (it was changed after export)</source>
      <translation>custody.jsonl faylının {line}-ci sətri öz heşi ilə üst-üstə düşmür (ixracdan sonra dəyişdirilib)</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl lacks {keys}</source>
      <translation>custody.jsonl faylının {line}-ci sətrində {keys} yoxdur</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has a {key} that is not text</source>
      <translation>custody.jsonl faylının {line}-ci sətrindəki {key} mətn deyil</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl cannot be encoded as canonical JSON</source>
      <translation>custody.jsonl faylının {line}-ci sətri kanonik JSON kimi kodlaşdırıla bilmir</translation>
    </message>
    <message>
      <source>no consent record</source>
      <translation>razılıq qeydi yoxdur</translation>
    </message>
    <message>
      <source>consent withdrawn</source>
      <translation>razılıq geri götürülüb</translation>
    </message>
    <message>
      <source>consent does not include {category}</source>
      <translation>razılıq {category} kateqoriyasını əhatə etmir</translation>
    </message>
    <message>
      <source>{where} gives bundle id {found} but the signature says {signed}</source>
      <translation>{where} paket ID-si kimi {found} göstərir, imza isə {signed} deyir</translation>
    </message>
    <message>
      <source>{where} gives no bundle id but the signature says {signed}</source>
      <translation>{where} paket ID-sini göstərmir, imza isə {signed} deyir</translation>
    </message>
    <message>
      <source>{where} gives case code {found} but the signature says {signed}</source>
      <translation>{where} iş kodu kimi {found} göstərir, imza isə {signed} deyir</translation>
    </message>
    <message>
      <source>{where} gives no case code but the signature says {signed}</source>
      <translation>{where} iş kodunu göstərmir, imza isə {signed} deyir</translation>
    </message>
    <message>
      <source>{where} gives profile {found} but the signature says {signed}</source>
      <translation>{where} profil kimi {found} göstərir, imza isə {signed} deyir</translation>
    </message>
    <message>
      <source>{where} gives no profile but the signature says {signed}</source>
      <translation>{where} profili göstərmir, imza isə {signed} deyir</translation>
    </message>
    <message>
      <source>the export event (line {line}) of {custody} gives {key} {found} but the signature says {signed}</source>
      <translation>{custody} faylındakı ixrac hadisəsi ({line}-ci sətir) {key} kimi {found} göstərir, imza isə {signed} deyir</translation>
    </message>
    <message>
      <source>the export event (line {line}) of {custody} gives no {key} but the signature says {signed}</source>
      <translation>{custody} faylındakı ixrac hadisəsi ({line}-ci sətir) {key} göstərmir, imza isə {signed} deyir</translation>
    </message>
    <message>
      <source>(and {count} more)</source>
      <translation>(və daha {count})</translation>
    </message>
    <message>
      <source>not checked</source>
      <translation>yoxlanılmadı</translation>
    </message>
    <message>
      <source>bagit.txt declares BagIt {version}, not 1.0</source>
      <translation>bagit.txt 1.0 deyil, BagIt {version} elan edir</translation>
    </message>
    <message>
      <source>the signature verifies but its trusted comment is not 'bundle=… case=… profile=… utc=… chain=…': {comment}</source>
      <translation>imza təsdiqlənir, lakin onun etibarlı şərhi 'bundle=… case=… profile=… utc=… chain=…' şəklində deyil: {comment}</translation>
    </message>
    <message>
      <source>the signed bundle id {bundle} is not a UUID</source>
      <translation>imzalanmış paket ID-si {bundle} UUID deyil</translation>
    </message>
    <message>
      <source>the last line ({line}) of {custody} is {action}, not the export</source>
      <translation>{custody} faylının son sətri ({line}) ixrac deyil, {action}-dir</translation>
    </message>
    <message>
      <source>REVOKED: the signer's key {key} ({name}) was revoked on {date}</source>
      <translation>REVOKED: imzalayanın açarı {key} ({name}) {date} tarixində ləğv edilib</translation>
    </message>
    <message>
      <source>the signer's key {key} is not the fingerprint given ({pin})</source>
      <translation>imzalayanın açarı {key} verilmiş barmaq izi ({pin}) ilə üst-üstə düşmür</translation>
    </message>
    <message>
      <source>{name} is missing, so there is nothing to check the signature with</source>
      <translation>{name} yoxdur, ona görə də imzanı yoxlamağa heç nə yoxdur</translation>
    </message>
    <message>
      <source>{where} is not a file path</source>
      <translation>{where} fayl yolu deyil</translation>
    </message>
    <message>
      <source>{name} is in data/ but {records} does not name it</source>
      <translation>{name} data/ qovluğundadır, lakin {records} onu adlandırmır</translation>
    </message>
    <message>
      <source>{records} has no {section} list</source>
      <translation>{records} faylında {section} siyahısı yoxdur</translation>
    </message>
    <message>
      <source>{name} is not a JSON object</source>
      <translation>{name} JSON obyekti deyil</translation>
    </message>
    <message>
      <source>{name} does not say format {format}</source>
      <translation>{name} {format} formatını göstərmir</translation>
    </message>
    <message>
      <source>{name} is bundle format version {version}; this Evidence Vault reads version {supported}</source>
      <translation>{name} paket formatının {version} versiyasıdır; bu Evidence Vault {supported} versiyasını oxuyur</translation>
    </message>
    <message>
      <source>bag-info.txt must give {label} once (found {count})</source>
      <translation>bag-info.txt {label} dəyərini bir dəfə göstərməlidir (tapıldı: {count})</translation>
    </message>
    <message>
      <source>{where} names {name}, already named by {other}</source>
      <translation>{where} artıq {other} tərəfindən adlandırılmış {name} faylını adlandırır</translation>
    </message>
    <message>
      <source>{section} entry {index} of {records} is not an object</source>
      <translation>{records} faylında {section} bölməsinin {index}-ci qeydi obyekt deyil</translation>
    </message>
    <message>
      <source>{where} names {name}, which is not in data/</source>
      <translation>{where} data/ qovluğunda olmayan {name} faylını adlandırır</translation>
    </message>
    <message>
      <source>The disk is full: the attachment was not saved; the vault is unchanged.</source>
      <translation>Disk doludur: əlavə saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the attachment was not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: əlavə saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the attachment was not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): əlavə saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the {count} files being attached were not saved; the vault is unchanged.</source>
      <translation>Disk doludur: əlavə edilən {count} fayl saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the {count} files being attached were not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: əlavə edilən {count} fayl saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the {count} files being attached were not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): əlavə edilən {count} fayl saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the bundle {name} was not saved; the vault is unchanged.</source>
      <translation>Disk doludur: {name} paketi saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the bundle {name} was not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: {name} paketi saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the bundle {name} was not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): {name} paketi saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the export was not saved; the vault is unchanged.</source>
      <translation>Disk doludur: ixrac saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the export was not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: ixrac saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the export was not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): ixrac saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the preview was not saved; the vault is unchanged.</source>
      <translation>Disk doludur: önizləmə saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the preview was not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: önizləmə saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the preview was not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): önizləmə saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the backup was not saved; the vault is unchanged.</source>
      <translation>Disk doludur: ehtiyat nüsxə saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the backup was not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: ehtiyat nüsxə saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the backup was not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): ehtiyat nüsxə saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the backup made before the format upgrade was not saved; the vault is unchanged.</source>
      <translation>Disk doludur: format yeniləməsindən əvvəl çıxarılan ehtiyat nüsxə saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the backup made before the format upgrade was not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: format yeniləməsindən əvvəl çıxarılan ehtiyat nüsxə saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the backup made before the format upgrade was not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): format yeniləməsindən əvvəl çıxarılan ehtiyat nüsxə saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the format upgrade was not saved; the vault is unchanged.</source>
      <translation>Disk doludur: format yeniləməsi saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the format upgrade was not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: format yeniləməsi saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the format upgrade was not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): format yeniləməsi saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the erase was not saved; the vault is unchanged.</source>
      <translation>Disk doludur: silmə saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the erase was not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: silmə saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the erase was not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): silmə saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the key slots were not saved; the vault is unchanged.</source>
      <translation>Disk doludur: açar slotları saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the key slots were not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: açar slotları saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the key slots were not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): açar slotları saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the rekey was not saved; the vault is unchanged.</source>
      <translation>Disk doludur: açar dəyişməsi saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the rekey was not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: açar dəyişməsi saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the rekey was not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): açar dəyişməsi saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the vault state was not saved; the vault is unchanged.</source>
      <translation>Disk doludur: anbarın vəziyyəti saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the vault state was not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: anbarın vəziyyəti saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the vault state was not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): anbarın vəziyyəti saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the vault database was not saved; the vault is unchanged.</source>
      <translation>Disk doludur: anbarın verilənlər bazası saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the vault database was not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: anbarın verilənlər bazası saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the vault database was not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): anbarın verilənlər bazası saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk is full: the new vault was not saved; the vault is unchanged.</source>
      <translation>Disk doludur: yeni anbar saxlanılmadı; anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: the new vault was not saved.</source>
      <translation>Disk yalnız oxumaq üçündür: yeni anbar saxlanılmadı.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the new vault was not saved.</source>
      <translation>Disk yazmaqdan imtina etdi ({reason}): yeni anbar saxlanılmadı.</translation>
    </message>
    <message>
      <source>imported from bundle {bundle}, signer {status} {fingerprint}</source>
      <translation>{bundle} paketindən idxal edilib, imzalayan {status} {fingerprint}</translation>
    </message>
    <message>
      <source>Metadata stripped (tags, names, GPS, times, tracks that are neither sound nor picture); voices and faces are NOT redacted</source>
      <translation>Metadata silindi (teqlər, adlar, GPS, vaxtlar, nə səs, nə də görüntü olan treklər); səslər və üzlər GİZLƏDİLMƏYİB</translation>
    </message>
    <message>
      <source>{count} box(es) burned in on page(s) {pages} ({reasons})</source>
      <translation>yandırılmış qutular: {count}, səhifələr: {pages} ({reasons})</translation>
    </message>
    <message>
      <source>Rebuilt from its pixels alone; it carried no metadata</source>
      <translation>Yalnız piksellərindən yenidən quruldu; onda metadata yox idi</translation>
    </message>
    <message>
      <source>No automatic text hits on any page</source>
      <translation>Heç bir səhifədə avtomatik mətn tapıntısı yoxdur</translation>
    </message>
    <message>
      <source>{count} box(es) burned in ({reasons})</source>
      <translation>yandırılmış qutular: {count} ({reasons})</translation>
    </message>
    <message>
      <source>Rebuilt from {count} page image(s) at {dpi} dpi: text layer, fonts, annotations, forms, links, attachments and document information removed</source>
      <translation>Səhifə təsvirlərindən ({count}) {dpi} dpi ilə yenidən quruldu: mətn qatı, şriftlər, annotasiyalar, formalar, keçidlər, əlavələr və sənəd məlumatı silindi</translation>
    </message>
    <message>
      <source>Rebuilt from its pixels alone: {removed} removed</source>
      <translation>Yalnız piksellərindən yenidən quruldu: {removed} silindi</translation>
    </message>
    <message>
      <source>{count} automatic text hit(s) covered ({reasons}); {pages}</source>
      <translation>örtülmüş avtomatik mətn tapıntıları: {count} ({reasons}); {pages}</translation>
    </message>
    <message>
      <source>{escape_invisible_blob_name} is already in this case as {row_0_or_attachment} ({row_1_8}, {row_2}): nothing was taken in.</source>
      <translation>{escape_invisible_blob_name} artıq bu işdə {row_0_or_attachment} kimi var ({row_1_8}, {row_2}): heç nə qəbul edilmədi.</translation>
    </message>
    <message>
      <source>Another export or backup is writing {path_parent_path_name_1_8} now; wait for it to finish or choose another name.</source>
      <translation>Başqa bir ixrac və ya ehtiyat nüsxə hazırda {path_parent_path_name_1_8} yazır; bitməsini gözləyin və ya başqa ad seçin.</translation>
    </message>
    <message>
      <source>The bundle has more than {self_limits_max_members} members; nothing was read.</source>
      <translation>Paketdə {self_limits_max_members}-dən çox element var; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is shorter than its header declares; nothing was read.</source>
      <translation>Paket elementi {show_name_name} başlığının elan etdiyindən qısadır; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} declares {size} bytes, more than the {self_limits_max_member_bytes} allowed; nothing was read.</source>
      <translation>Paket elementi {show_name_name} {size} bayt elan edir, icazə verilən {self_limits_max_member_bytes}-dən çox; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle holds more than {self_limits_max_total_bytes} bytes in all; nothing was read.</source>
      <translation>Paketdə cəmi {self_limits_max_total_bytes} baytdan çox var; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} holds more bytes than its header declares; nothing was read.</source>
      <translation>Paket elementi {show_name_name} başlığının elan etdiyindən çox bayt saxlayır; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} {problem}; nothing was read.</source>
      <translation>Paket elementi {show_name_name}: {problem}; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle members {show_name_earlier} and {show_name_name} {how}: one would overwrite the other on Windows or macOS; nothing was read.</source>
      <translation>Paket elementləri {show_name_earlier} və {show_name_name}: {how}; Windows və ya macOS-da biri digərinin üzərinə yazardı; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is both a file and a folder; nothing was read.</source>
      <translation>Paket elementi {show_name_name} həm fayl, həm də qovluqdur; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} appears twice; nothing was read.</source>
      <translation>Paket elementi {show_name_name} iki dəfə var; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_folder} is both a file and a folder; nothing was read.</source>
      <translation>Paket elementi {show_name_folder} həm fayl, həm də qovluqdur; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>{path_name} is not a bundle: expected a folder, a .zip file or an .age file.</source>
      <translation>{path_name} paket deyil: qovluq, .zip faylı və ya .age faylı gözlənilir.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is not a regular file.</source>
      <translation>Paket elementi {show_name_name} adi fayl deyil.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_member_name} changed while it was being read (is another program writing to the bundle?); do not use what was read.</source>
      <translation>Paket elementi {show_name_member_name} oxunarkən dəyişdi (başqa proqram paketə yazır?); oxunanı istifadə etməyin.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is {member_size} bytes, more than the {max_bytes} allowed for it; nothing was read.</source>
      <translation>Paket elementi {show_name_name} {member_size} baytdır, onun üçün icazə verilən {max_bytes}-dən çox; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>There is no bundle at {path}.</source>
      <translation>{path} ünvanında paket yoxdur.</translation>
    </message>
    <message>
      <source>{path} is neither a folder nor a file.</source>
      <translation>{path} nə qovluq, nə də fayldır.</translation>
    </message>
    <message>
      <source>{path_name} is encrypted (age): give the identity file that opens it.</source>
      <translation>{path_name} şifrələnib (age): onu açan identifikasiya faylını verin.</translation>
    </message>
    <message>
      <source>Cannot open the bundle member {show_name_name} ({exc_strerror}): it was removed or replaced by a link while being read.</source>
      <translation>Paket elementi {show_name_name} açıla bilmir ({exc_strerror}): oxunarkən silinib və ya keçidlə əvəz edilib.</translation>
    </message>
    <message>
      <source>{show_name_name} in the bundle is not UTF-8.</source>
      <translation>Paketdəki {show_name_name} UTF-8 deyil.</translation>
    </message>
    <message>
      <source>{show_name_name} in the bundle is not valid JSON ({reason}).</source>
      <translation>Paketdəki {show_name_name} etibarlı JSON deyil ({reason}).</translation>
    </message>
    <message>
      <source>The bundle has no file {show_name_name}.</source>
      <translation>Paketdə {show_name_name} faylı yoxdur.</translation>
    </message>
    <message>
      <source>Cannot read the folder {show_name_folder_or_str_self_root}: {exc_strerror}.</source>
      <translation>{show_name_folder_or_str_self_root} qovluğu oxuna bilmir: {exc_strerror}.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is a symbolic link; nothing was read.</source>
      <translation>Paket elementi {show_name_name} simvolik keçiddir; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is a device, FIFO or socket; nothing was read.</source>
      <translation>Paket elementi {show_name_name} cihaz, FIFO və ya soketdir; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle no longer holds {show_name_name}.</source>
      <translation>Paketdə artıq {show_name_name} yoxdur.</translation>
    </message>
    <message>
      <source>{self__path_name} could not be decrypted: it is damaged, truncated or not an age file; nothing was read.</source>
      <translation>{self__path_name} deşifrə edilə bilmədi: zədələnib, kəsilib və ya age faylı deyil; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle member {shown} is a sparse file; nothing was read.</source>
      <translation>Paket elementi {shown} seyrək fayldır; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle member {shown} {what}; nothing was read.</source>
      <translation>Paket elementi {shown}: {what}; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle member {shown} has a tar member type this program does not read; nothing was read.</source>
      <translation>Paket elementi {shown} bu proqramın oxumadığı tar element növünə malikdir; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The identity given does not open {self__path_name} (it was encrypted for someone else); nothing was read.</source>
      <translation>Verilmiş identifikasiya {self__path_name} faylını açmır (başqası üçün şifrələnib); heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle has data after the end of its archive (a damaged or doctored header); nothing was read.</source>
      <translation>Paketdə arxivin sonundan sonra məlumat var (zədələnmiş və ya saxtalaşdırılmış başlıq); heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle has an archive header larger than any bundle needs (a memory bomb); nothing was read.</source>
      <translation>Paketin arxiv başlığı hər hansı paketin ehtiyac duyduğundan böyükdür (yaddaş bombası); heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>{self__path_name} does not hold a tar archive; nothing was read.</source>
      <translation>{self__path_name} tar arxivi saxlamır; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The archive inside {path_name} is damaged ({exc}); nothing was read.</source>
      <translation>{path_name} daxilindəki arxiv zədələnib ({exc}); heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>Cannot read {show_name_name}.</source>
      <translation>{show_name_name} oxuna bilmir.</translation>
    </message>
    <message>
      <source>The archive inside {self__path_name} is damaged ({exc}); nothing was read.</source>
      <translation>{self__path_name} daxilindəki arxiv zədələnib ({exc}); heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle has more than {limits_max_members} members; nothing was read.</source>
      <translation>Paketdə {limits_max_members}-dən çox element var; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip's central directory is larger than any bundle needs; nothing was read.</source>
      <translation>Zip-in mərkəzi kataloqu hər hansı paketin ehtiyac duyduğundan böyükdür; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {show_name_name} points at no local header; nothing was read.</source>
      <translation>Zip elementi {show_name_name} heç bir lokal başlığa işarə etmir; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {show_name_name} has a truncated local header; nothing was read.</source>
      <translation>Zip elementi {show_name_name} kəsilmiş lokal başlığa malikdir; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {shown} is encrypted; nothing was read.</source>
      <translation>Zip elementi {shown} şifrələnib; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {shown} uses a compression method other than deflate; nothing was read.</source>
      <translation>Zip elementi {shown} deflate-dən fərqli sıxma üsulu istifadə edir; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {shown} has a non-ASCII name without the UTF-8 flag (its name depends on the tool that reads it); nothing was read.</source>
      <translation>Zip elementi {shown} UTF-8 bayrağı olmadan qeyri-ASCII ada malikdir (adı onu oxuyan alətdən asılıdır); heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {shown} carries a second (Unicode path) name that other tools would use instead; nothing was read.</source>
      <translation>Zip elementi {shown} digər alətlərin əvəzinə istifadə edəcəyi ikinci (Unicode yolu) ad daşıyır; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {shown} is a symbolic link; nothing was read.</source>
      <translation>Zip elementi {shown} simvolik keçiddir; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {shown} is a device, FIFO or other special file; nothing was read.</source>
      <translation>Zip elementi {shown} cihaz, FIFO və ya başqa xüsusi fayldır; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {shown} has inconsistent sizes; nothing was read.</source>
      <translation>Zip elementi {shown} uyğunsuz ölçülərə malikdir; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {shown} would expand more than {limits_max_ratio}:1 ({info_compress_size} to {info_file_size} bytes): a zip bomb; nothing was read.</source>
      <translation>Zip elementi {shown} {limits_max_ratio}:1-dən çox genişlənərdi ({info_compress_size}-dən {info_file_size} bayta): zip bombası; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {show_name_spans_1_2} runs into the central directory; nothing was read.</source>
      <translation>Zip elementi {show_name_spans_1_2} mərkəzi kataloqa daxil olur; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>{path_name} is not a readable zip archive ({exc}); nothing was read.</source>
      <translation>{path_name} oxuna bilən zip arxivi deyil ({exc}); heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {show_name_name} is damaged ({exc}); nothing was read.</source>
      <translation>Zip elementi {show_name_name} zədələnib ({exc}); heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip folder entry {shown} holds data; nothing was read.</source>
      <translation>Zip qovluq qeydi {shown} məlumat saxlayır; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip entries {show_name_name} and {show_name_other} overlap (the same bytes counted twice: a zip bomb or a smuggled file); nothing was read.</source>
      <translation>Zip qeydləri {show_name_name} və {show_name_other} üst-üstə düşür (eyni baytlar iki dəfə sayılıb: zip bombası və ya gizli yerləşdirilmiş fayl); heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {show_name_info_orig_filename} has another name ({show_name_local_name_decode_utf_8_replace}) in its local header: tools would disagree about what it holds; nothing was read.</source>
      <translation>Zip elementi {show_name_info_orig_filename} lokal başlığında başqa ada malikdir ({show_name_local_name_decode_utf_8_replace}): alətlər onun nə saxladığında razılaşmazdı; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The zip member {show_name_info_orig_filename} carries a second (Unicode path) name that other tools would use; nothing was read.</source>
      <translation>Zip elementi {show_name_info_orig_filename} digər alətlərin istifadə edəcəyi ikinci (Unicode yolu) ad daşıyır; heç nə oxunmadı.</translation>
    </message>
    <message>
      <source>The bundle does not check out: {shown}{more}.</source>
      <translation>Paket yoxlamadan keçmir: {shown}{more}.</translation>
    </message>
    <message>
      <source>{name} would carry {code}, which reads as a record code but names no record of this bundle (records.json has no entry for it); redact or correct that text; nothing was exported.</source>
      <translation>{name} {code} daşıyardı; bu, qeyd kodu kimi oxunur, lakin bu paketin heç bir qeydini adlandırmır (records.json-da onun üçün qeyd yoxdur); həmin mətni gizlədin və ya düzəldin; heç nə ixrac edilmədi.</translation>
    </message>
    <message>
      <source>Import refused: archive: {detail}</source>
      <translation>İdxal rədd edildi: archive: {detail}</translation>
    </message>
    <message>
      <source>Import refused: {name}: {detail}; nothing was imported.</source>
      <translation>İdxal rədd edildi: {name}: {detail}; heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Import refused: bundle {bundle_id} was already imported on {row_0_10} (as case {row_1}); nothing was imported.</source>
      <translation>İdxal rədd edildi: {bundle_id} paketi artıq {row_0_10} tarixində idxal edilib ({row_1} işi kimi); heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Import refused: {show_name_name} changed while it was read; nothing was imported.</source>
      <translation>İdxal rədd edildi: {show_name_name} oxunarkən dəyişdi; heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Import refused: {show_name_name} is not the original whose intake hash {RECORDS} gives; nothing was imported.</source>
      <translation>İdxal rədd edildi: {show_name_name} qəbul heşi {RECORDS} faylında göstərilən orijinal deyil; heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Import refused: the statement text {show_name_name} is larger than {MAX_TEXT_FILE_BYTES_1024_1024} MiB; nothing was imported.</source>
      <translation>İdxal rədd edildi: ifadə mətni {show_name_name} {MAX_TEXT_FILE_BYTES_1024_1024} MiB-dan böyükdür; heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Import refused: {show_name_min_missing} could not be read from the bundle; nothing was imported.</source>
      <translation>İdxal rədd edildi: {show_name_min_missing} paketdən oxuna bilmədi; heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>Import refused: the statement text {show_name_name} is not UTF-8 (invalid byte at offset {exc_start}); nothing was imported.</source>
      <translation>İdxal rədd edildi: ifadə mətni {show_name_name} UTF-8 deyil ({exc_start} mövqeyində yanlış bayt); heç nə idxal edilmədi.</translation>
    </message>
    <message>
      <source>{RECORDS}: {self_where}: {problem}</source>
      <translation>{RECORDS}: {self_where}: {problem}</translation>
    </message>
    <message>
      <source>{RECORDS}: {name} is not a list.</source>
      <translation>{RECORDS}: {name} siyahı deyil.</translation>
    </message>
    <message>
      <source>{RECORDS} is not a JSON object.</source>
      <translation>{RECORDS} JSON obyekti deyil.</translation>
    </message>
    <message>
      <source>{RECORDS}: the reference {show_name_ref_40} is used twice.</source>
      <translation>{RECORDS}: {show_name_ref_40} istinadı iki dəfə istifadə olunub.</translation>
    </message>
    <message>
      <source>{RECORDS}: {where} is not an object.</source>
      <translation>{RECORDS}: {where} obyekt deyil.</translation>
    </message>
    <message>
      <source>An Ed25519 public key is 32 bytes long.</source>
      <translation>Ed25519 açıq açarı 32 bayt uzunluğundadır.</translation>
    </message>
    <message>
      <source>That is not a minisign public key (expected one base64 line, optionally after an 'untrusted comment:' line).</source>
      <translation>Bu minisign açıq açarı deyil (bir base64 sətri gözlənilir, ola bilsin 'untrusted comment:' sətrindən sonra).</translation>
    </message>
    <message>
      <source>That is not a minisign Ed25519 public key.</source>
      <translation>Bu minisign Ed25519 açıq açarı deyil.</translation>
    </message>
    <message>
      <source>The signature file does not have minisign's four lines.</source>
      <translation>İmza faylında minisign-in dörd sətri yoxdur.</translation>
    </message>
    <message>
      <source>The signature file does not start with 'untrusted comment:'.</source>
      <translation>İmza faylı 'untrusted comment:' ilə başlamır.</translation>
    </message>
    <message>
      <source>The signature file has no 'trusted comment:' line.</source>
      <translation>İmza faylında 'trusted comment:' sətri yoxdur.</translation>
    </message>
    <message>
      <source>The signature line has the wrong length for minisign.</source>
      <translation>İmza sətri minisign üçün yanlış uzunluqdadır.</translation>
    </message>
    <message>
      <source>The global signature has the wrong length for minisign.</source>
      <translation>Qlobal imza minisign üçün yanlış uzunluqdadır.</translation>
    </message>
    <message>
      <source>The signature uses minisign's legacy (non-prehashed) format; only prehashed signatures are accepted, as `minisign -V -H` requires.</source>
      <translation>İmza minisign-in köhnə (əvvəlcədən heşlənməmiş) formatındadır; `minisign -V -H` tələb etdiyi kimi, yalnız əvvəlcədən heşlənmiş imzalar qəbul edilir.</translation>
    </message>
    <message>
      <source>The signature uses an algorithm minisign does not define.</source>
      <translation>İmza minisign-in müəyyən etmədiyi alqoritmdən istifadə edir.</translation>
    </message>
    <message>
      <source>The signature was made with key {key_id_text_parsed_key_id}, not with the expected key {key_id_text_key_key_id}.</source>
      <translation>İmza gözlənilən {key_id_text_key_key_id} açarı ilə deyil, {key_id_text_parsed_key_id} açarı ilə verilib.</translation>
    </message>
    <message>
      <source>A {which} comment cannot contain a line break or NUL.</source>
      <translation>{which} şərhi sətir keçidi və ya NUL saxlaya bilməz.</translation>
    </message>
    <message>
      <source>The {which} comment is longer than minisign allows.</source>
      <translation>{which} şərhi minisign-in icazə verdiyindən uzundur.</translation>
    </message>
    <message>
      <source>The {what} file is too large to be a minisign {what}.</source>
      <translation>{what} faylı minisign {what} olmaq üçün çox böyükdür.</translation>
    </message>
    <message>
      <source>The {what} file has a stray carriage return or NUL.</source>
      <translation>{what} faylında artıq karetka qaytarılması və ya NUL var.</translation>
    </message>
    <message>
      <source>A stored signing key must be 32 bytes long.</source>
      <translation>Saxlanılan imza açarı 32 bayt uzunluğunda olmalıdır.</translation>
    </message>
    <message>
      <source>The signature does not match the signed file: it was changed after signing.</source>
      <translation>İmza imzalanmış faylla üst-üstə düşmür: fayl imzalandıqdan sonra dəyişdirilib.</translation>
    </message>
    <message>
      <source>The trusted comment of the signature was changed after signing.</source>
      <translation>İmzanın etibarlı şərhi imzalandıqdan sonra dəyişdirilib.</translation>
    </message>
    <message>
      <source>The {what} line is not valid base64.</source>
      <translation>{what} sətri etibarlı base64 deyil.</translation>
    </message>
    <message>
      <source>The {what} file is not UTF-8 text.</source>
      <translation>{what} faylı UTF-8 mətni deyil.</translation>
    </message>
    <message>
      <source>its redaction process answered out of protocol.</source>
      <translation>onun gizlətmə prosesi protokoldan kənar cavab verdi.</translation>
    </message>
    <message>
      <source>its redaction process stopped unexpectedly ({exc}); nothing was exported.</source>
      <translation>onun gizlətmə prosesi gözlənilmədən dayandı ({exc}); heç nə ixrac edilmədi.</translation>
    </message>
    <message>
      <source>The photo redaction process could not be started ({exc_data_reason}).</source>
      <translation>Fotoşəkillərin gizlədilməsi prosesini başlatmaq mümkün olmadı ({exc_data_reason}).</translation>
    </message>
    <message>
      <source>The photo redaction process stopped as it started.</source>
      <translation>Fotoşəkillərin gizlədilməsi prosesi başlayan kimi dayandı.</translation>
    </message>
    <message>
      <source>{exc}; nothing was exported.</source>
      <translation>{exc}; heç nə ixrac edilmədi.</translation>
    </message>
    <message>
      <source>Refused: {len_beyond} imported statement(s) were not released to this vault for {category}: {join_beyond}.</source>
      <translation>Rədd edildi: idxal edilmiş ifadələr ({len_beyond}) bu anbara {category} üçün verilməyib: {join_beyond}.</translation>
    </message>
    <message>
      <source>{len_undecided} statement(s) have possible redactions nobody decided for the {plan_policy_profile} profile: {join_undecided}.</source>
      <translation>İfadələrdə ({len_undecided}) {plan_policy_profile} profili üçün heç kimin qərar vermədiyi mümkün gizlətmələr var: {join_undecided}.</translation>
    </message>
    <message>
      <source>{len_unreviewed} attachment(s) have not been reviewed as exported: {join_unreviewed}.</source>
      <translation>Əlavələr ({len_unreviewed}) ixrac olunduqları kimi yoxlanılmayıb: {join_unreviewed}.</translation>
    </message>
    <message>
      <source>A redaction at characters {hit_start}-{hit_end} does not match this text; run detection again on the current version.</source>
      <translation>{hit_start}-{hit_end} simvollarındakı gizlətmə bu mətnlə üst-üstə düşmür; aşkarlamanı cari versiyada yenidən işə salın.</translation>
    </message>
    <message>
      <source>The WAV file cannot be read: {exc}.</source>
      <translation>WAV faylı oxuna bilmir: {exc}.</translation>
    </message>
    <message>
      <source>Refusing to decode: {outdated}</source>
      <translation>Dekodlaşdırmadan imtina: {outdated}</translation>
    </message>
    <message>
      <source>Statement {statement_id} ({statement_witness_code}) has {len_preview_undecided} possible redaction(s) nobody decided for the {policy_profile} profile.</source>
      <translation>{statement_id} ({statement_witness_code}) ifadəsində {policy_profile} profili üçün heç kimin qərar vermədiyi mümkün gizlətmələr ({len_preview_undecided}) var.</translation>
    </message>
    <message>
      <source>This picture is an animation of {frames} frames; only still pictures can be redacted. Save the frame you need as PNG and attach that.</source>
      <translation>Bu şəkil {frames} kadrlıq animasiyadır; yalnız hərəkətsiz şəkillərdə gizlətmə mümkündür. Lazım olan kadrı PNG kimi saxlayın və onu əlavə edin.</translation>
    </message>
    <message>
      <source>Box {index} contains a value that is not a finite number.</source>
      <translation>{index} qutusunda sonlu ədəd olmayan dəyər var.</translation>
    </message>
    <message>
      <source>Box {index} has no area; its width and height must be positive.</source>
      <translation>{index} qutusunun sahəsi yoxdur; eni və hündürlüyü müsbət olmalıdır.</translation>
    </message>
    <message>
      <source>This file is {what} ({found_media_type}); only JPEG, PNG, WebP and TIFF pictures can be redacted. Convert it to PNG or JPEG and attach the copy.</source>
      <translation>Bu fayl {what}-dir ({found_media_type}); yalnız JPEG, PNG, WebP və TIFF şəkillərində gizlətmə mümkündür. Onu PNG və ya JPEG-ə çevirin və nüsxəni əlavə edin.</translation>
    </message>
    <message>
      <source>The picture declares no pixels and cannot be read.</source>
      <translation>Şəkil heç bir piksel elan etmir və oxuna bilmir.</translation>
    </message>
    <message>
      <source>The picture is {width}×{height} pixels ({width_height_1000000_0} megapixels); pictures above {max_pixels_1000000_0} megapixels cannot be redacted. Export a smaller copy from a photo editor and attach that.</source>
      <translation>Şəkil {width}×{height} pikseldir ({width_height_1000000_0} meqapiksel); {max_pixels_1000000_0} meqapikseldən böyük şəkillərdə gizlətmə mümkün deyil. Foto redaktorundan kiçik nüsxə ixrac edin və onu əlavə edin.</translation>
    </message>
    <message>
      <source>This TIFF holds {frames} pages; only single pictures can be redacted. Save it as a PDF and attach that instead.</source>
      <translation>Bu TIFF {frames} səhifədən ibarətdir; yalnız tək şəkillərdə gizlətmə mümkündür. Onu PDF kimi saxlayın və onu əlavə edin.</translation>
    </message>
    <message>
      <source>This picture stores floating-point samples (scientific data); convert it to an ordinary 8- or 16-bit picture and attach that.</source>
      <translation>Bu şəkil sürüşən nöqtəli nümunələr (elmi məlumat) saxlayır; onu adi 8 və ya 16 bitlik şəklə çevirin və onu əlavə edin.</translation>
    </message>
    <message>
      <source>an unexpected header</source>
      <translation>gözlənilməz başlıq</translation>
    </message>
    <message>
      <source>data after the end of the picture</source>
      <translation>şəklin sonundan sonra məlumat</translation>
    </message>
    <message>
      <source>Box {index} is not four numbers (x, y, width, height).</source>
      <translation>{index} qutusu dörd ədəd deyil (x, y, en, hündürlük).</translation>
    </message>
    <message>
      <source>The picture is too large to open in memory.</source>
      <translation>Şəkil yaddaşda açmaq üçün çox böyükdür.</translation>
    </message>
    <message>
      <source>This {fmt_upper} picture is damaged or truncated and cannot be read.</source>
      <translation>Bu {fmt_upper} şəkli zədələnib və ya kəsilib və oxuna bilmir.</translation>
    </message>
    <message>
      <source>This TIFF picture is damaged and cannot be read.</source>
      <translation>Bu TIFF şəkli zədələnib və oxuna bilmir.</translation>
    </message>
    <message>
      <source>The picture is too large to decode in memory.</source>
      <translation>Şəkil yaddaşda dekodlaşdırmaq üçün çox böyükdür.</translation>
    </message>
    <message>
      <source>The picture is damaged or truncated (its pixel data ends early or does not decode) and cannot be redacted.</source>
      <translation>Şəkil zədələnib və ya kəsilib (piksel məlumatı erkən bitir və ya dekodlaşdırılmır) və gizlədilə bilmir.</translation>
    </message>
    <message>
      <source>an unreadable marker layout</source>
      <translation>oxunmayan marker düzülüşü</translation>
    </message>
    <message>
      <source>a JPEG segment 0x{marker} (metadata)</source>
      <translation>JPEG 0x{marker} seqmenti (metadata)</translation>
    </message>
    <message>
      <source>a PNG {tag_decode_latin_1} chunk</source>
      <translation>PNG {tag_decode_latin_1} parçası</translation>
    </message>
    <message>
      <source>a damaged PNG chunk</source>
      <translation>zədələnmiş PNG parçası</translation>
    </message>
    <message>
      <source>a WebP {tag_decode_latin_1} chunk</source>
      <translation>WebP {tag_decode_latin_1} parçası</translation>
    </message>
    <message>
      <source>WebP metadata flags</source>
      <translation>WebP metadata bayraqları</translation>
    </message>
    <message>
      <source>Audio or video in {media_format} cannot have its metadata stripped.</source>
      <translation>{media_format} formatındakı audio və ya videodan metadata silinə bilməz.</translation>
    </message>
    <message>
      <source>A media header box is cut short.</source>
      <translation>Media başlıq qutusu kəsilib.</translation>
    </message>
    <message>
      <source>A handler box is cut short.</source>
      <translation>İşləyici qutusu kəsilib.</translation>
    </message>
    <message>
      <source>A data reference box is cut short.</source>
      <translation>Məlumat istinadı qutusu kəsilib.</translation>
    </message>
    <message>
      <source>A data reference box does not hold what it claims.</source>
      <translation>Məlumat istinadı qutusu iddia etdiyini saxlamır.</translation>
    </message>
    <message>
      <source>A chunk offset box is cut short.</source>
      <translation>Parça ofseti qutusu kəsilib.</translation>
    </message>
    <message>
      <source>A chunk offset box does not hold what it claims.</source>
      <translation>Parça ofseti qutusu iddia etdiyini saxlamır.</translation>
    </message>
    <message>
      <source>A track of the media file has no handler.</source>
      <translation>Media faylının trekinin işləyicisi yoxdur.</translation>
    </message>
    <message>
      <source>The media file nests boxes deeper than any recording does.</source>
      <translation>Media faylı qutuları istənilən yazıdan daha dərin yerləşdirir.</translation>
    </message>
    <message>
      <source>Fragmented MP4 recordings cannot have their metadata stripped yet.</source>
      <translation>Fraqmentləşdirilmiş MP4 yazılarından metadata hələ silinə bilməz.</translation>
    </message>
    <message>
      <source>The media file does not have exactly one movie box (moov).</source>
      <translation>Media faylında dəqiq bir movie qutusu (moov) yoxdur.</translation>
    </message>
    <message>
      <source>The media file has no movie header or no track to play.</source>
      <translation>Media faylında movie başlığı və ya oxudulacaq trek yoxdur.</translation>
    </message>
    <message>
      <source>The file has more than {MAX_BOXES} boxes; it is refused.</source>
      <translation>Faylda {MAX_BOXES}-dən çox qutu var; o rədd edildi.</translation>
    </message>
    <message>
      <source>A box of the media file is cut short or claims a size the file does not have.</source>
      <translation>Media faylının qutusu kəsilib və ya faylda olmayan ölçü iddia edir.</translation>
    </message>
    <message>
      <source>The recording refers to media outside the file.</source>
      <translation>Yazı faylın xaricindəki mediaya istinad edir.</translation>
    </message>
    <message>
      <source>The recording is too large for its 32-bit chunk offsets.</source>
      <translation>Yazı 32 bitlik parça ofsetləri üçün çox böyükdür.</translation>
    </message>
    <message>
      <source>A track's samples lie outside the media data (mdat).</source>
      <translation>Trekin nümunələri media məlumatından (mdat) kənardadır.</translation>
    </message>
    <message>
      <source>A chunk offset points outside the media data (mdat).</source>
      <translation>Parça ofseti media məlumatından (mdat) kənara işarə edir.</translation>
    </message>
    <message>
      <source>The MP3 file's ID3 tag runs past the end of the file.</source>
      <translation>MP3 faylının ID3 teqi faylın sonundan kənara çıxır.</translation>
    </message>
    <message>
      <source>The MP3 file holds no MPEG audio frames.</source>
      <translation>MP3 faylında MPEG audio kadrları yoxdur.</translation>
    </message>
    <message>
      <source>The MP3 file's ID3 tag has an invalid size.</source>
      <translation>MP3 faylının ID3 teqinin ölçüsü yanlışdır.</translation>
    </message>
    <message>
      <source>The MP3 file's APE tag has an invalid size.</source>
      <translation>MP3 faylının APE teqinin ölçüsü yanlışdır.</translation>
    </message>
    <message>
      <source>The MP3 file's Lyrics3 tag has an invalid size.</source>
      <translation>MP3 faylının Lyrics3 teqinin ölçüsü yanlışdır.</translation>
    </message>
    <message>
      <source>The MP3 file's Lyrics3 tag has no beginning.</source>
      <translation>MP3 faylının Lyrics3 teqinin başlanğıcı yoxdur.</translation>
    </message>
    <message>
      <source>The MP3 file's appended ID3 tag has an invalid size.</source>
      <translation>MP3 faylının sonuna əlavə edilmiş ID3 teqinin ölçüsü yanlışdır.</translation>
    </message>
    <message>
      <source>The MP3 file's tags overlap one another.</source>
      <translation>MP3 faylının teqləri bir-birini örtür.</translation>
    </message>
    <message>
      <source>A compact sample size table has a field size other than 4, 8 or 16.</source>
      <translation>Kompakt nümunə ölçüsü cədvəlində sahə ölçüsü 4, 8 və ya 16 deyil.</translation>
    </message>
    <message>
      <source>A track of the media file has chunks but no sample sizes.</source>
      <translation>Media faylının trekində parçalar var, lakin nümunə ölçüləri yoxdur.</translation>
    </message>
    <message>
      <source>A sample table of the media file is cut short.</source>
      <translation>Media faylının nümunə cədvəli kəsilib.</translation>
    </message>
    <message>
      <source>A sample table of the media file does not hold what it claims.</source>
      <translation>Media faylının nümunə cədvəli iddia etdiyini saxlamır.</translation>
    </message>
    <message>
      <source>A sample size table of the media file is cut short.</source>
      <translation>Media faylının nümunə ölçüsü cədvəli kəsilib.</translation>
    </message>
    <message>
      <source>A track of the media file has chunks but no sample-to-chunk table.</source>
      <translation>Media faylının trekində parçalar var, lakin «nümunə–parça» cədvəli yoxdur.</translation>
    </message>
    <message>
      <source>A track of the media file has fewer samples than its chunks hold.</source>
      <translation>Media faylının trekində parçalarının saxladığından az nümunə var.</translation>
    </message>
    <message>
      <source>This file is not a PDF ({found_media_type}); it cannot be redacted as one.</source>
      <translation>Bu fayl PDF deyil ({found_media_type}); onda PDF kimi gizlətmə mümkün deyil.</translation>
    </message>
    <message>
      <source>Page {index_1} of the PDF has no size and cannot be read.</source>
      <translation>PDF-in {index_1}-ci səhifəsinin ölçüsü yoxdur və oxuna bilmir.</translation>
    </message>
    <message>
      <source>Page {number} is {width_72}×{height_72} inches; rendered at {dpi} dpi it would be {pixels_1000000_0} megapixels, above the {cap_1000000_0} megapixel limit for one page.</source>
      <translation>{number}-ci səhifə {width_72}×{height_72} düymdür; {dpi} dpi ilə çəkildikdə {pixels_1000000_0} meqapiksel olardı, bir səhifə üçün {cap_1000000_0} meqapiksel həddindən çox.</translation>
    </message>
    <message>
      <source>Box {index} names page {box_page}; pages are numbered from 1.</source>
      <translation>{index} qutusu {box_page}-ci səhifəni göstərir; səhifələr 1-dən nömrələnir.</translation>
    </message>
    <message>
      <source>The redacted PDF came out with {problem}; nothing was exported. This is a bug in Evidence Vault: please report it.</source>
      <translation>Gizlədilmiş PDF {problem} ilə alındı; heç nə ixrac edilmədi. Bu, Evidence Vault-da xətadır: zəhmət olmasa bildirin.</translation>
    </message>
    <message>
      <source>Text span {start}-{end} lies outside page {self_page}'s text ({len_self_text} characters).</source>
      <translation>{start}-{end} mətn parçası {self_page}-ci səhifənin mətnindən kənardadır ({len_self_text} simvol).</translation>
    </message>
    <message>
      <source>The PDF has {count} page(s); there is no page {page}.</source>
      <translation>PDF-də {count} səhifə var; {page}-ci səhifə yoxdur.</translation>
    </message>
    <message>
      <source>The PDF has {count} pages; at most {max_pages} can be redacted at once. Split it into smaller PDFs and attach those.</source>
      <translation>PDF-də {count} səhifə var; bir dəfəyə ən çox {max_pages} səhifədə gizlətmə mümkündür. Onu kiçik PDF-lərə bölün və onları əlavə edin.</translation>
    </message>
    <message>
      <source>Page {index_1} of the PDF is damaged and cannot be read.</source>
      <translation>PDF-in {index_1}-ci səhifəsi zədələnib və oxuna bilmir.</translation>
    </message>
    <message>
      <source>Box {index} is on page {box_page}, but the PDF has {count}.</source>
      <translation>{index} qutusu {box_page}-ci səhifədədir, lakin PDF-də {count} səhifə var.</translation>
    </message>
    <message>
      <source>A text hit is on page {span_page}, but the PDF has {count}.</source>
      <translation>Mətn tapıntısı {span_page}-ci səhifədədir, lakin PDF-də {count} səhifə var.</translation>
    </message>
    <message>
      <source>The PDF is damaged or incomplete and cannot be read.</source>
      <translation>PDF zədələnib və ya natamamdır və oxuna bilmir.</translation>
    </message>
    <message>
      <source>The text of page {index_1} of the PDF cannot be read; the PDF is damaged.</source>
      <translation>PDF-in {index_1}-ci səhifəsinin mətni oxuna bilmir; PDF zədələnib.</translation>
    </message>
    <message>
      <source>The PDF is password-protected; open it with its password, print it to a new PDF without protection and attach that copy.</source>
      <translation>PDF parolla qorunur; onu parolu ilə açın, qorumasız yeni PDF-ə çap edin və həmin nüsxəni əlavə edin.</translation>
    </message>
    <message>
      <source>This file is {media_format} ({media_media_type}): it cannot be redacted or stripped.</source>
      <translation>Bu fayl {media_format}-dir ({media_media_type}): onda gizlətmə və ya metadata silmə mümkün deyil.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} needs a new review for {profile}: {why}.</source>
      <translation>{attachment_id} əlavəsinə {profile} üçün yeni yoxlama lazımdır: {why}.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} as exported changed since it was shown (a box or a name changed): look at it again before marking it reviewed.</source>
      <translation>{attachment_id} əlavəsi ixrac olunan şəkildə göstərildikdən sonra dəyişib (qutu və ya ad dəyişib): yoxlanılmış kimi qeyd etməzdən əvvəl ona yenidən baxın.</translation>
    </message>
    <message>
      <source>REVIEW</source>
      <translation>YOXLAMA</translation>
    </message>
    <message>
      <source>ATTACHMENT</source>
      <translation>ƏLAVƏ</translation>
    </message>
    <message>
      <source>PROFILE</source>
      <translation>PROFİL</translation>
    </message>
    <message>
      <source>REVIEWED</source>
      <translation>YOXLANILIB</translation>
    </message>
    <message>
      <source>DERIVATIVE SHA256</source>
      <translation>TÖRƏMƏNİN SHA256</translation>
    </message>
    <message>
      <source>REVIEW STATE</source>
      <translation>YOXLAMA VƏZİYYƏTİ</translation>
    </message>
    <message>
      <source>WHY</source>
      <translation>SƏBƏB</translation>
    </message>
    <message>
      <source>Case {code} is already retracted (or its case is).</source>
      <translation>{code} işi artıq geri çağırılıb (və ya onun işi).</translation>
    </message>
    <message>
      <source>Person {code} is already retracted (or its case is).</source>
      <translation>{code} şəxsi artıq geri çağırılıb (və ya onun işi).</translation>
    </message>
    <message>
      <source>Statement {code} is already retracted (or its case is).</source>
      <translation>{code} ifadəsi artıq geri çağırılıb (və ya onun işi).</translation>
    </message>
    <message>
      <source>Attachment {code} is already retracted (or its case is).</source>
      <translation>{code} əlavəsi artıq geri çağırılıb (və ya onun işi).</translation>
    </message>
    <message>
      <source>Incident {code} is already retracted (or its case is).</source>
      <translation>{code} insidenti artıq geri çağırılıb (və ya onun işi).</translation>
    </message>
    <message>
      <source>Facility {code} is already retracted (or its case is).</source>
      <translation>{code} müəssisəsi artıq geri çağırılıb (və ya onun işi).</translation>
    </message>
    <message>
      <source>Link {code} is already retracted (or its case is).</source>
      <translation>{code} əlaqəsi artıq geri çağırılıb (və ya onun işi).</translation>
    </message>
    <message>
      <source>Person {code} is still used by {count} statement(s) ({using}): retract those statements first; nothing was retracted.</source>
      <translation>{code} şəxsi hələ ifadələrdə istifadə olunur ({count}: {using}): əvvəlcə həmin ifadələri geri çağırın; heç nə geri çağırılmadı.</translation>
    </message>
    <message>
      <source>Statement {code} is still used by {count} attachment(s) ({using}): move them to another statement (or to none) or retract them first; nothing was retracted.</source>
      <translation>{code} ifadəsi hələ əlavələrdə istifadə olunur ({count}: {using}): onları başqa ifadəyə (və ya heç birinə) köçürün və ya əvvəlcə geri çağırın; heç nə geri çağırılmadı.</translation>
    </message>
    <message>
      <source>Facility {code} is still used by {count} incident(s) ({using}): correct their facility or retract them first; nothing was retracted.</source>
      <translation>{code} müəssisəsi hələ insidentlərdə istifadə olunur ({count}: {using}): onların müəssisəsini düzəldin və ya əvvəlcə geri çağırın; heç nə geri çağırılmadı.</translation>
    </message>
    <message>
      <source>{text} fits {count} records ({listed}): say which case, as CASE/CODE such as C-002/W-001.</source>
      <translation>{text} qeydlərə uyğun gəlir ({count}: {listed}): işi İŞ/KOD şəklində göstərin, məsələn C-002/W-001.</translation>
    </message>
    <message>
      <source>{text} fits {count} records ({listed}): give more characters of the id.</source>
      <translation>{text} qeydlərə uyğun gəlir ({count}: {listed}): id-nin daha çox simvolunu verin.</translation>
    </message>
    <message>
      <source>Cannot read the passphrase file {path}: {reason}.</source>
      <translation>Şifrə ifadəsi faylı {path} oxuna bilmir: {reason}.</translation>
    </message>
    <message>
      <source>the passphrase file {path} can be read by other users of this computer (mode {mode}); make it private: chmod 600 {path}</source>
      <translation>şifrə ifadəsi faylı {path} bu kompüterin digər istifadəçiləri tərəfindən oxuna bilər (rejim {mode}); onu şəxsi edin: chmod 600 {path}</translation>
    </message>
    <message>
      <source>The passphrase file {path} is far too large.</source>
      <translation>Şifrə ifadəsi faylı {path} həddən artıq böyükdür.</translation>
    </message>
    <message>
      <source>The passphrase file {path} is not UTF-8 text.</source>
      <translation>Şifrə ifadəsi faylı {path} UTF-8 mətni deyil.</translation>
    </message>
    <message>
      <source>The passphrase file {path} is empty.</source>
      <translation>Şifrə ifadəsi faylı {path} boşdur.</translation>
    </message>
    <message>
      <source>Cannot read the new passphrase file {path}: {reason}.</source>
      <translation>Yeni şifrə ifadəsi faylı {path} oxuna bilmir: {reason}.</translation>
    </message>
    <message>
      <source>the new passphrase file {path} can be read by other users of this computer (mode {mode}); make it private: chmod 600 {path}</source>
      <translation>yeni şifrə ifadəsi faylı {path} bu kompüterin digər istifadəçiləri tərəfindən oxuna bilər (rejim {mode}); onu şəxsi edin: chmod 600 {path}</translation>
    </message>
    <message>
      <source>The new passphrase file {path} is far too large.</source>
      <translation>Yeni şifrə ifadəsi faylı {path} həddən artıq böyükdür.</translation>
    </message>
    <message>
      <source>The new passphrase file {path} is not UTF-8 text.</source>
      <translation>Yeni şifrə ifadəsi faylı {path} UTF-8 mətni deyil.</translation>
    </message>
    <message>
      <source>The new passphrase file {path} is empty.</source>
      <translation>Yeni şifrə ifadəsi faylı {path} boşdur.</translation>
    </message>
    <message>
      <source>Cannot read the recovery code file {path}: {reason}.</source>
      <translation>Bərpa kodu faylı {path} oxuna bilmir: {reason}.</translation>
    </message>
    <message>
      <source>the recovery code file {path} can be read by other users of this computer (mode {mode}); make it private: chmod 600 {path}</source>
      <translation>bərpa kodu faylı {path} bu kompüterin digər istifadəçiləri tərəfindən oxuna bilər (rejim {mode}); onu şəxsi edin: chmod 600 {path}</translation>
    </message>
    <message>
      <source>The recovery code file {path} is far too large.</source>
      <translation>Bərpa kodu faylı {path} həddən artıq böyükdür.</translation>
    </message>
    <message>
      <source>The recovery code file {path} is not UTF-8 text.</source>
      <translation>Bərpa kodu faylı {path} UTF-8 mətni deyil.</translation>
    </message>
    <message>
      <source>The recovery code file {path} is empty.</source>
      <translation>Bərpa kodu faylı {path} boşdur.</translation>
    </message>
    <message>
      <source>{count} statement(s): {why}</source>
      <translation>ifadələr ({count}): {why}</translation>
    </message>
    <message>
      <source>Nothing to export for the {profile} profile: {detail}</source>
      <translation>{profile} profili üçün ixrac ediləcək heç nə yoxdur: {detail}</translation>
    </message>
    <message>
      <source>Nothing to export for the {profile} profile: the case has no statements or attachments.</source>
      <translation>{profile} profili üçün ixrac ediləcək heç nə yoxdur: işdə nə ifadə, nə də əlavə var.</translation>
    </message>
    <message>
      <source>this vault's own key</source>
      <translation>bu anbarın öz açarı</translation>
    </message>
    <message>
      <source>TRUSTED: this vault's own key</source>
      <translation>TRUSTED: bu anbarın öz açarı</translation>
    </message>
    <message>
      <source>No record with code {text}.</source>
      <translation>{text} kodlu qeyd yoxdur.</translation>
    </message>
    <message>
      <source>No record with code {text} in case {case}.</source>
      <translation>{case} işində {text} kodlu qeyd yoxdur.</translation>
    </message>
    <message>
      <source>No record with id {text}.</source>
      <translation>{text} id-li qeyd yoxdur.</translation>
    </message>
    <message>
      <source>No record with id {text} in case {case}.</source>
      <translation>{case} işində {text} id-li qeyd yoxdur.</translation>
    </message>
    <message>
      <source>No case with code {text}.</source>
      <translation>{text} kodlu iş yoxdur.</translation>
    </message>
    <message>
      <source>No case with code {text} in case {case}.</source>
      <translation>{case} işində {text} kodlu iş yoxdur.</translation>
    </message>
    <message>
      <source>No case with id {text}.</source>
      <translation>{text} id-li iş yoxdur.</translation>
    </message>
    <message>
      <source>No case with id {text} in case {case}.</source>
      <translation>{case} işində {text} id-li iş yoxdur.</translation>
    </message>
    <message>
      <source>No person with code {text}.</source>
      <translation>{text} kodlu şəxs yoxdur.</translation>
    </message>
    <message>
      <source>No person with code {text} in case {case}.</source>
      <translation>{case} işində {text} kodlu şəxs yoxdur.</translation>
    </message>
    <message>
      <source>No person with id {text}.</source>
      <translation>{text} id-li şəxs yoxdur.</translation>
    </message>
    <message>
      <source>No person with id {text} in case {case}.</source>
      <translation>{case} işində {text} id-li şəxs yoxdur.</translation>
    </message>
    <message>
      <source>No statement with code {text}.</source>
      <translation>{text} kodlu ifadə yoxdur.</translation>
    </message>
    <message>
      <source>No statement with code {text} in case {case}.</source>
      <translation>{case} işində {text} kodlu ifadə yoxdur.</translation>
    </message>
    <message>
      <source>No statement with id {text}.</source>
      <translation>{text} id-li ifadə yoxdur.</translation>
    </message>
    <message>
      <source>No statement with id {text} in case {case}.</source>
      <translation>{case} işində {text} id-li ifadə yoxdur.</translation>
    </message>
    <message>
      <source>No attachment with code {text}.</source>
      <translation>{text} kodlu əlavə yoxdur.</translation>
    </message>
    <message>
      <source>No attachment with code {text} in case {case}.</source>
      <translation>{case} işində {text} kodlu əlavə yoxdur.</translation>
    </message>
    <message>
      <source>No attachment with id {text}.</source>
      <translation>{text} id-li əlavə yoxdur.</translation>
    </message>
    <message>
      <source>No attachment with id {text} in case {case}.</source>
      <translation>{case} işində {text} id-li əlavə yoxdur.</translation>
    </message>
    <message>
      <source>No incident with code {text}.</source>
      <translation>{text} kodlu insident yoxdur.</translation>
    </message>
    <message>
      <source>No incident with code {text} in case {case}.</source>
      <translation>{case} işində {text} kodlu insident yoxdur.</translation>
    </message>
    <message>
      <source>No incident with id {text}.</source>
      <translation>{text} id-li insident yoxdur.</translation>
    </message>
    <message>
      <source>No incident with id {text} in case {case}.</source>
      <translation>{case} işində {text} id-li insident yoxdur.</translation>
    </message>
    <message>
      <source>No facility with code {text}.</source>
      <translation>{text} kodlu müəssisə yoxdur.</translation>
    </message>
    <message>
      <source>No facility with code {text} in case {case}.</source>
      <translation>{case} işində {text} kodlu müəssisə yoxdur.</translation>
    </message>
    <message>
      <source>No facility with id {text}.</source>
      <translation>{text} id-li müəssisə yoxdur.</translation>
    </message>
    <message>
      <source>No facility with id {text} in case {case}.</source>
      <translation>{case} işində {text} id-li müəssisə yoxdur.</translation>
    </message>
    <message>
      <source>No link with code {text}.</source>
      <translation>{text} kodlu əlaqə yoxdur.</translation>
    </message>
    <message>
      <source>No link with code {text} in case {case}.</source>
      <translation>{case} işində {text} kodlu əlaqə yoxdur.</translation>
    </message>
    <message>
      <source>No link with id {text}.</source>
      <translation>{text} id-li əlaqə yoxdur.</translation>
    </message>
    <message>
      <source>No link with id {text} in case {case}.</source>
      <translation>{case} işində {text} id-li əlaqə yoxdur.</translation>
    </message>
    <message>
      <source>{text} is not a case of case {case}: it belongs to another case.</source>
      <translation>{text} {case} işinə aid iş deyil: o, başqa işə aiddir.</translation>
    </message>
    <message>
      <source>{text} is not a person of case {case}: it belongs to another case.</source>
      <translation>{text} {case} işinə aid şəxs deyil: o, başqa işə aiddir.</translation>
    </message>
    <message>
      <source>{text} is not a statement of case {case}: it belongs to another case.</source>
      <translation>{text} {case} işinə aid ifadə deyil: o, başqa işə aiddir.</translation>
    </message>
    <message>
      <source>{text} is not a attachment of case {case}: it belongs to another case.</source>
      <translation>{text} {case} işinə aid əlavə deyil: o, başqa işə aiddir.</translation>
    </message>
    <message>
      <source>{text} is not a incident of case {case}: it belongs to another case.</source>
      <translation>{text} {case} işinə aid insident deyil: o, başqa işə aiddir.</translation>
    </message>
    <message>
      <source>{text} is not a facility of case {case}: it belongs to another case.</source>
      <translation>{text} {case} işinə aid müəssisə deyil: o, başqa işə aiddir.</translation>
    </message>
    <message>
      <source>{text} is not a link of case {case}: it belongs to another case.</source>
      <translation>{text} {case} işinə aid əlaqə deyil: o, başqa işə aiddir.</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a person.</source>
      <translation>{text} işin kodudur, şəxsin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a statement.</source>
      <translation>{text} işin kodudur, ifadənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a attachment.</source>
      <translation>{text} işin kodudur, əlavənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a incident.</source>
      <translation>{text} işin kodudur, insidentin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a facility.</source>
      <translation>{text} işin kodudur, müəssisənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a link.</source>
      <translation>{text} işin kodudur, əlaqənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a case.</source>
      <translation>{text} şəxsin kodudur, işin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a statement.</source>
      <translation>{text} şəxsin kodudur, ifadənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a attachment.</source>
      <translation>{text} şəxsin kodudur, əlavənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a incident.</source>
      <translation>{text} şəxsin kodudur, insidentin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a facility.</source>
      <translation>{text} şəxsin kodudur, müəssisənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a link.</source>
      <translation>{text} şəxsin kodudur, əlaqənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a case.</source>
      <translation>{text} ifadənin kodudur, işin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a person.</source>
      <translation>{text} ifadənin kodudur, şəxsin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a attachment.</source>
      <translation>{text} ifadənin kodudur, əlavənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a incident.</source>
      <translation>{text} ifadənin kodudur, insidentin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a facility.</source>
      <translation>{text} ifadənin kodudur, müəssisənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a link.</source>
      <translation>{text} ifadənin kodudur, əlaqənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a case.</source>
      <translation>{text} əlavənin kodudur, işin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a person.</source>
      <translation>{text} əlavənin kodudur, şəxsin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a statement.</source>
      <translation>{text} əlavənin kodudur, ifadənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a incident.</source>
      <translation>{text} əlavənin kodudur, insidentin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a facility.</source>
      <translation>{text} əlavənin kodudur, müəssisənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a link.</source>
      <translation>{text} əlavənin kodudur, əlaqənin kodu deyil.</translation>
    </message>
    <message>
      <source>{text} is too short to name a record: give at least {count} characters of its id, or its code.</source>
      <translation>{text} qeydi göstərmək üçün çox qısadır: id-nin ən azı {count} simvolunu və ya kodu verin.</translation>
    </message>
    <message>
      <source>{text} is too short to name a case: give at least {count} characters of its id, or its code.</source>
      <translation>{text} işi göstərmək üçün çox qısadır: id-nin ən azı {count} simvolunu və ya kodu verin.</translation>
    </message>
    <message>
      <source>{text} is too short to name a person: give at least {count} characters of its id, or its code.</source>
      <translation>{text} şəxsi göstərmək üçün çox qısadır: id-nin ən azı {count} simvolunu və ya kodu verin.</translation>
    </message>
    <message>
      <source>{text} is too short to name a statement: give at least {count} characters of its id, or its code.</source>
      <translation>{text} ifadəni göstərmək üçün çox qısadır: id-nin ən azı {count} simvolunu və ya kodu verin.</translation>
    </message>
    <message>
      <source>{text} is too short to name a attachment: give at least {count} characters of its id, or its code.</source>
      <translation>{text} əlavəni göstərmək üçün çox qısadır: id-nin ən azı {count} simvolunu və ya kodu verin.</translation>
    </message>
    <message>
      <source>{text} is too short to name a incident: give at least {count} characters of its id, or its code.</source>
      <translation>{text} insidenti göstərmək üçün çox qısadır: id-nin ən azı {count} simvolunu və ya kodu verin.</translation>
    </message>
    <message>
      <source>{text} is too short to name a facility: give at least {count} characters of its id, or its code.</source>
      <translation>{text} müəssisəni göstərmək üçün çox qısadır: id-nin ən azı {count} simvolunu və ya kodu verin.</translation>
    </message>
    <message>
      <source>{text} is too short to name a link: give at least {count} characters of its id, or its code.</source>
      <translation>{text} əlaqəni göstərmək üçün çox qısadır: id-nin ən azı {count} simvolunu və ya kodu verin.</translation>
    </message>
    <message>
      <source>No record with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-li qeyd yoxdur: id, onun ilk {count}+ simvolunu və ya C-001, W-001, S-001, A-001 kimi kod verin.</translation>
    </message>
    <message>
      <source>No case with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-li iş yoxdur: id, onun ilk {count}+ simvolunu və ya C-001, W-001, S-001, A-001 kimi kod verin.</translation>
    </message>
    <message>
      <source>No person with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-li şəxs yoxdur: id, onun ilk {count}+ simvolunu və ya C-001, W-001, S-001, A-001 kimi kod verin.</translation>
    </message>
    <message>
      <source>No statement with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-li ifadə yoxdur: id, onun ilk {count}+ simvolunu və ya C-001, W-001, S-001, A-001 kimi kod verin.</translation>
    </message>
    <message>
      <source>No attachment with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-li əlavə yoxdur: id, onun ilk {count}+ simvolunu və ya C-001, W-001, S-001, A-001 kimi kod verin.</translation>
    </message>
    <message>
      <source>No incident with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-li insident yoxdur: id, onun ilk {count}+ simvolunu və ya C-001, W-001, S-001, A-001 kimi kod verin.</translation>
    </message>
    <message>
      <source>No facility with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-li müəssisə yoxdur: id, onun ilk {count}+ simvolunu və ya C-001, W-001, S-001, A-001 kimi kod verin.</translation>
    </message>
    <message>
      <source>No link with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text} id-li əlaqə yoxdur: id, onun ilk {count}+ simvolunu və ya C-001, W-001, S-001, A-001 kimi kod verin.</translation>
    </message>
    <message>
      <source>Name the record: an id, its first {count}+ characters, or a code.</source>
      <translation>Qeydi göstərin: id, onun ilk {count}+ simvolu və ya kod.</translation>
    </message>
    <message>
      <source>Name the case: an id, its first {count}+ characters, or a code.</source>
      <translation>Işi göstərin: id, onun ilk {count}+ simvolu və ya kod.</translation>
    </message>
    <message>
      <source>Name the person: an id, its first {count}+ characters, or a code.</source>
      <translation>Şəxsi göstərin: id, onun ilk {count}+ simvolu və ya kod.</translation>
    </message>
    <message>
      <source>Name the statement: an id, its first {count}+ characters, or a code.</source>
      <translation>Ifadəni göstərin: id, onun ilk {count}+ simvolu və ya kod.</translation>
    </message>
    <message>
      <source>Name the attachment: an id, its first {count}+ characters, or a code.</source>
      <translation>Əlavəni göstərin: id, onun ilk {count}+ simvolu və ya kod.</translation>
    </message>
    <message>
      <source>Name the incident: an id, its first {count}+ characters, or a code.</source>
      <translation>Insidenti göstərin: id, onun ilk {count}+ simvolu və ya kod.</translation>
    </message>
    <message>
      <source>Name the facility: an id, its first {count}+ characters, or a code.</source>
      <translation>Müəssisəni göstərin: id, onun ilk {count}+ simvolu və ya kod.</translation>
    </message>
    <message>
      <source>Name the link: an id, its first {count}+ characters, or a code.</source>
      <translation>Əlaqəni göstərin: id, onun ilk {count}+ simvolu və ya kod.</translation>
    </message>
    <message>
      <source>No case with id {text}: it is {other}.</source>
      <translation>{text} id-li iş yoxdur: bu, {other}.</translation>
    </message>
    <message>
      <source>No person with id {text}: it is {other}.</source>
      <translation>{text} id-li şəxs yoxdur: bu, {other}.</translation>
    </message>
    <message>
      <source>No statement with id {text}: it is {other}.</source>
      <translation>{text} id-li ifadə yoxdur: bu, {other}.</translation>
    </message>
    <message>
      <source>No attachment with id {text}: it is {other}.</source>
      <translation>{text} id-li əlavə yoxdur: bu, {other}.</translation>
    </message>
    <message>
      <source>No incident with id {text}: it is {other}.</source>
      <translation>{text} id-li insident yoxdur: bu, {other}.</translation>
    </message>
    <message>
      <source>No facility with id {text}: it is {other}.</source>
      <translation>{text} id-li müəssisə yoxdur: bu, {other}.</translation>
    </message>
    <message>
      <source>No link with id {text}: it is {other}.</source>
      <translation>{text} id-li əlaqə yoxdur: bu, {other}.</translation>
    </message>
    <message>
      <source>hint: to keep such files exactly as received (encrypted, never shown or redacted), add --as-received</source>
      <translation>ipucu: belə faylları tam alındığı kimi saxlamaq üçün (şifrələnmiş, heç vaxt göstərilmədən və gizlədilmədən) --as-received əlavə edin</translation>
    </message>
    <message>
      <source>{reason} Nothing was taken in.</source>
      <translation>{reason} Heç nə qəbul edilmədi.</translation>
    </message>
    <message>
      <source>{name}: {reason}</source>
      <translation>{name}: {reason}</translation>
    </message>
    <message>
      <source>{why} It is kept as received and will never be shown or redacted.</source>
      <translation>{why} O, alındığı kimi saxlanılır və heç vaxt göstərilməyəcək və ya gizlədilməyəcək.</translation>
    </message>
    <message>
      <source>{name} is named as {claimed} but its content is {found}; it is taken in as it is</source>
      <translation>{name} {claimed} kimi adlandırılıb, lakin məzmunu {found} formatındadır; olduğu kimi qəbul edilir</translation>
    </message>
    <message>
      <source>{name} is named as {claimed} but is not one: its content is {found}.</source>
      <translation>{name} {claimed} kimi adlandırılıb, amma elə deyil: məzmunu {found} formatındadır.</translation>
    </message>
    <message>
      <source>{name} is named as {claimed} but is not one: its content is of no known format.</source>
      <translation>{name} {claimed} kimi adlandırılıb, amma elə deyil: məzmunu heç bir məlum formatda deyil.</translation>
    </message>
    <message>
      <source>Use --as-received to keep them exactly as received.</source>
      <translation>Onları tam alındığı kimi saxlamaq üçün --as-received istifadə edin.</translation>
    </message>
    <message>
      <source>{escape_invisible_blob_name} changed while it was being taken in: it is not the file that was checked. Nothing was taken in.</source>
      <translation>{escape_invisible_blob_name} qəbul edilərkən dəyişdi: yoxlanılmış fayl deyil. Heç nə qəbul edilmədi.</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>OK</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Ləğv et</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Bağla</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Saxla</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Bəli</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Xeyr</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Tətbiq et</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Saxlama</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Növbəti &gt;</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Bitir</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Ləğv et</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri al</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kəs</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Köçür</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Geri al</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Təkrarla</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kəs</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Köçür</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Yapışdır</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Sil</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hamısını seç</translation>
    </message>
  </context>
  <context>
    <name>cli-help</name>
    <message>
      <source>the signers whose bundles this vault trusts</source>
      <translation>bu anbarın paketlərinə etibar etdiyi imzalayanlar</translation>
    </message>
    <message>
      <source>check a bundle: layout, hashes, signature, custody, signer</source>
      <translation>paketi yoxlamaq: quruluş, heşlər, imza, saxlanma zənciri, imzalayan</translation>
    </message>
    <message>
      <source>verify a bundle, then take it in as a new case of imported records</source>
      <translation>paketi yoxlamaq, sonra onu idxal olunmuş qeydlərdən ibarət yeni iş kimi qəbul etmək</translation>
    </message>
    <message>
      <source>trust a signer's key, from a minisign .pub file or a received bundle</source>
      <translation>imzalayanın açarına etibar etmək: minisign .pub faylından və ya alınmış paketdən</translation>
    </message>
    <message>
      <source>a minisign public key file, or a bundle (folder, .zip, or .age with --identity) whose signature/signer.pub is read</source>
      <translation>minisign açıq açar faylı və ya signature/signer.pub faylı oxunan paket (qovluq, .zip və ya --identity ilə .age)</translation>
    </message>
    <message>
      <source>who the key belongs to</source>
      <translation>açarın kimə məxsus olduğu</translation>
    </message>
    <message>
      <source>age identity file for an .age bundle</source>
      <translation>.age paketi üçün age identifikasiya faylı</translation>
    </message>
    <message>
      <source>the fingerprint the sender read out (64 hex digits, groups allowed); the key must match it, and no question is asked</source>
      <translation>göndərənin oxuduğu barmaq izi (64 onaltılıq rəqəm, qruplarla yazmaq olar); açar ona uyğun gəlməlidir və sual verilmir</translation>
    </message>
    <message>
      <source>trust without asking (you compared the printed fingerprint yourself)</source>
      <translation>soruşmadan etibar etmək (çap olunan barmaq izini özünüz tutuşdurmusunuz)</translation>
    </message>
    <message>
      <source>stop trusting a key; its bundles are refused</source>
      <translation>açara etibarı dayandırmaq; onun paketləri rədd edilir</translation>
    </message>
    <message>
      <source>as `signer list` shows it</source>
      <translation>`signer list` onu necə göstərirsə</translation>
    </message>
    <message>
      <source>trusted and revoked signers</source>
      <translation>etibarlı və ləğv edilmiş imzalayanlar</translation>
    </message>
    <message>
      <source>a JSON array (full fingerprints, ISO 8601 UTC) instead of a table</source>
      <translation>cədvəl əvəzinə JSON massivi (tam barmaq izləri, ISO 8601 UTC)</translation>
    </message>
    <message>
      <source>a bundle folder, .zip or .age file</source>
      <translation>paket qovluğu, .zip və ya .age faylı</translation>
    </message>
    <message>
      <source>the fingerprint the sender gave you by another route (64 hex digits, groups allowed): PINNED when it matches</source>
      <translation>göndərənin sizə başqa yolla verdiyi barmaq izi (64 onaltılıq rəqəm, qruplarla yazmaq olar): uyğun gələrsə PINNED</translation>
    </message>
    <message>
      <source>one JSON report instead of text</source>
      <translation>mətn əvəzinə bir JSON hesabatı</translation>
    </message>
    <message>
      <source>the fingerprint the sender gave you by another route (PINNED); without it the signer must be in `signer list` (TRUSTED)</source>
      <translation>göndərənin sizə başqa yolla verdiyi barmaq izi (PINNED); o olmadan imzalayan `signer list` siyahısında olmalıdır (TRUSTED)</translation>
    </message>
    <message>
      <source>take in a bundle whose signer is neither trusted nor pinned; every imported record then says signer UNVERIFIED (a revoked or mismatched signer is still refused)</source>
      <translation>imzalayanı nə etibarlı, nə də bərkidilmiş olan paketi qəbul etmək; onda hər idxal olunmuş qeyddə imzalayan UNVERIFIED göstərilir (ləğv edilmiş və ya uyğun gəlməyən imzalayan yenə rədd edilir)</translation>
    </message>
    <message>
      <source>legal, government, ngo, media, public or evidence</source>
      <translation>legal, government, ngo, media, public və ya evidence</translation>
    </message>
    <message>
      <source>write a signed bundle of one case for one profile</source>
      <translation>bir iş üzrə bir profil üçün imzalanmış paket yazmaq</translation>
    </message>
    <message>
      <source>code (C-001), id or id prefix</source>
      <translation>kod (C-001), id və ya id prefiksi</translation>
    </message>
    <message>
      <source>the bundle to write (must not exist); .zip or .age is added when missing</source>
      <translation>yazılacaq paket (mövcud olmamalıdır); yoxdursa, .zip və ya .age əlavə olunur</translation>
    </message>
    <message>
      <source>encrypt the bundle to this age recipient (repeatable)</source>
      <translation>paketi bu age alıcısı üçün şifrələmək (təkrarlana bilər)</translation>
    </message>
    <message>
      <source>one zip file instead of a folder</source>
      <translation>qovluq əvəzinə bir zip faylı</translation>
    </message>
    <message>
      <source>only these statements and their attachments (S-001, id; repeatable)</source>
      <translation>yalnız bu ifadələr və onların əlavələri (S-001, id; təkrarlana bilər)</translation>
    </message>
    <message>
      <source>leave out attachments not reviewed as exported, and say so</source>
      <translation>ixrac olunan şəkildə yoxlanılmamış əlavələri daxil etməmək və bunu bildirmək</translation>
    </message>
    <message>
      <source>include audio/video (voices identify people)</source>
      <translation>audio və videonu daxil etmək (səslər insanları tanıdır)</translation>
    </message>
    <message>
      <source>name perpetrators even where the profile codes them (media, public)</source>
      <translation>profilin hüquq pozucularını kodla göstərdiyi yerdə belə onların adını çəkmək (media, public)</translation>
    </message>
    <message>
      <source>code perpetrators even where the profile names them</source>
      <translation>profilin hüquq pozucularının adını çəkdiyi yerdə belə onları kodla göstərmək</translation>
    </message>
    <message>
      <source>The desktop window starts from `evidence-vault` itself (with no command, or `gui`); everything also works from the command line below.</source>
      <translation>Proqramın pəncərəsi `evidence-vault` əmrinin özü ilə açılır (əmrsiz və ya `gui` ilə); hər şey aşağıdakı əmr sətrindən də işləyir.</translation>
    </message>
    <message>
      <source>open the desktop app</source>
      <translation>proqramın pəncərəsini açmaq</translation>
    </message>
    <message>
      <source>Encrypted, offline evidence vault for human-rights investigators.</source>
      <translation>İnsan hüquqları pozuntularını araşdıranlar üçün şifrələnmiş, oflayn sübutlar anbarı.</translation>
    </message>
    <message>
      <source>Passphrases are read from EVIDENCE_VAULT_PASSPHRASE, --passphrase-file, or the terminal; never from the command line.</source>
      <translation>Şifrə ifadələri EVIDENCE_VAULT_PASSPHRASE, --passphrase-file və ya terminaldan oxunur; heç vaxt əmr sətrindən.</translation>
    </message>
    <message>
      <source>show the program's version number and exit</source>
      <translation>proqramın versiya nömrəsini göstərmək və çıxmaq</translation>
    </message>
    <message>
      <source>the vault folder</source>
      <translation>anbar qovluğu</translation>
    </message>
    <message>
      <source>read the passphrase from F</source>
      <translation>şifrə ifadəsini F faylından oxumaq</translation>
    </message>
    <message>
      <source>open a throwaway sample vault</source>
      <translation>sınaq anbarı açmaq (çıxışda silinir)</translation>
    </message>
    <message>
      <source>language of messages: en, ru, hy or az (default: EVIDENCE_VAULT_LANG, the locale)</source>
      <translation>mesajların dili: en, ru, hy və ya az (susmaya görə: EVIDENCE_VAULT_LANG, lokal)</translation>
    </message>
    <message>
      <source>a throwaway sample vault</source>
      <translation>sınaq anbarı (çıxışda silinir)</translation>
    </message>
    <message>
      <source>{option} is not accepted: a passphrase on the command line shows in ps and the shell history; use --passphrase-file F, EVIDENCE_VAULT_PASSPHRASE or the terminal prompt</source>
      <translation>{option} qəbul edilmir: əmr sətrindəki şifrə ifadəsi ps-də və shell tarixçəsində görünür; --passphrase-file F, EVIDENCE_VAULT_PASSPHRASE və ya terminal sorğusundan istifadə edin</translation>
    </message>
    <message>
      <source>{option} takes no value: the recovery code is typed at the prompt or read with --recovery-code-file F, never from the command line</source>
      <translation>{option} dəyər qəbul etmir: bərpa kodu sorğuda yazılır və ya --recovery-code-file F ilə oxunur, heç vaxt əmr sətrindən</translation>
    </message>
    <message>
      <source>{option} is not an option; passphrases are read from --passphrase-file F, EVIDENCE_VAULT_PASSPHRASE or the terminal, never from the command line</source>
      <translation>{option} parametr deyil; şifrə ifadələri --passphrase-file F, EVIDENCE_VAULT_PASSPHRASE və ya terminaldan oxunur, heç vaxt əmr sətrindən</translation>
    </message>
    <message>
      <source>why it is corrected (kept in the vault beside the custody event, never exported)</source>
      <translation>niyə düzəliş edilir (anbarda saxlanma hadisəsinin yanında saxlanılır, heç vaxt ixrac edilmir)</translation>
    </message>
    <message>
      <source>the case the codes are read in (C-001)</source>
      <translation>kodların oxunduğu iş (C-001)</translation>
    </message>
    <message>
      <source>the operator name the custody log records</source>
      <translation>saxlanma jurnalının qeyd etdiyi operator adı</translation>
    </message>
    <message>
      <source>attachments already in the vault</source>
      <translation>artıq anbarda olan əlavələr</translation>
    </message>
    <message>
      <source>hide a record entered by mistake (kept, never deleted)</source>
      <translation>səhvən daxil edilmiş qeydi geri çağırmaq (saxlanılır, heç vaxt silinmir)</translation>
    </message>
    <message>
      <source>the custody events in readable form, oldest first</source>
      <translation>saxlanma hadisələri oxunaqlı şəkildə, ən köhnədən başlayaraq</translation>
    </message>
    <message>
      <source>events of this case and its records (C-001, id)</source>
      <translation>bu işin və onun qeydlərinin hadisələri (C-001, id)</translation>
    </message>
    <message>
      <source>events of one record (a code such as W-001, an id)</source>
      <translation>bir qeydin hadisələri (W-001 kimi kod və ya id)</translation>
    </message>
    <message>
      <source>from this day (2024-05-01) or UTC time (2024-05-01T14:30) on</source>
      <translation>bu gündən (2024-05-01) və ya UTC vaxtından (2024-05-01T14:30) başlayaraq</translation>
    </message>
    <message>
      <source>a JSON array of events (full ids, ISO 8601 UTC)</source>
      <translation>hadisələrin JSON massivi (tam id-lər, ISO 8601 UTC)</translation>
    </message>
    <message>
      <source>correct a person; prints the id and code (the code never changes)</source>
      <translation>şəxs haqqında məlumatı düzəltmək; id-ni və kodu çap edir (kod heç vaxt dəyişmir)</translation>
    </message>
    <message>
      <source>code (W-001), id or id prefix</source>
      <translation>kod (W-001), id və ya id prefiksi</translation>
    </message>
    <message>
      <source>new primary name</source>
      <translation>yeni əsas ad</translation>
    </message>
    <message>
      <source>replaces every alias (repeatable)</source>
      <translation>bütün digər adları əvəz edir (təkrarlana bilər)</translation>
    </message>
    <message>
      <source>remove every alias</source>
      <translation>bütün digər adları silmək</translation>
    </message>
    <message>
      <source>give a further role: witness, victim, perpetrator, interviewer, interpreter or other (repeatable)</source>
      <translation>daha bir rol vermək: witness, victim, perpetrator, interviewer, interpreter və ya other (təkrarlana bilər)</translation>
    </message>
    <message>
      <source>take a role away (repeatable)</source>
      <translation>rolu götürmək (təkrarlana bilər)</translation>
    </message>
    <message>
      <source>date of birth: 1990-04-02, 1990 or ~1990 ('' clears it)</source>
      <translation>doğum tarixi: 1990-04-02, 1990 və ya ~1990 ('' onu təmizləyir)</translation>
    </message>
    <message>
      <source>correct an incident; prints its id</source>
      <translation>insidenti düzəltmək; onun id-sini çap edir</translation>
    </message>
    <message>
      <source>id or its first 6+ characters</source>
      <translation>id və ya onun ilk 6+ simvolu</translation>
    </message>
    <message>
      <source>violation type</source>
      <translation>pozuntunun növü</translation>
    </message>
    <message>
      <source>2020-11-09, 2020-11, 2020 or ~2020-11 ('' clears it)</source>
      <translation>2020-11-09, 2020-11, 2020 və ya ~2020-11 ('' təmizləyir)</translation>
    </message>
    <message>
      <source>where it happened ('' clears it)</source>
      <translation>harada baş verib ('' təmizləyir)</translation>
    </message>
    <message>
      <source>facility id or prefix ('' clears it)</source>
      <translation>müəssisənin id-si və ya prefiksi ('' təmizləyir)</translation>
    </message>
    <message>
      <source>what happened ('' clears it)</source>
      <translation>nə baş verib ('' təmizləyir)</translation>
    </message>
    <message>
      <source>correct a facility; prints its id</source>
      <translation>müəssisə haqqında məlumatı düzəltmək; onun id-sini çap edir</translation>
    </message>
    <message>
      <source>new name</source>
      <translation>yeni ad</translation>
    </message>
    <message>
      <source>facility, organization, ...</source>
      <translation>facility, organization, ... (müəssisə, təşkilat, ...)</translation>
    </message>
    <message>
      <source>replaces the notes</source>
      <translation>qeydləri əvəz edir</translation>
    </message>
    <message>
      <source>change the operator name for every later event</source>
      <translation>bütün sonrakı hadisələr üçün operator adını dəyişmək</translation>
    </message>
    <message>
      <source>your name or code (INV-07)</source>
      <translation>adınız və ya kodunuz (INV-07)</translation>
    </message>
    <message>
      <source>make an attachment belong to another statement</source>
      <translation>əlavəni başqa ifadəyə aid etmək</translation>
    </message>
    <message>
      <source>code (A-001), id or id prefix</source>
      <translation>kod (A-001), id və ya id prefiksi</translation>
    </message>
    <message>
      <source>the statement (S-002, id)</source>
      <translation>ifadə (S-002, id)</translation>
    </message>
    <message>
      <source>belong to no statement</source>
      <translation>heç bir ifadəyə aid etməmək</translation>
    </message>
    <message>
      <source>e.g. person W-003, 3fa2c1</source>
      <translation>məsələn, person W-003, 3fa2c1</translation>
    </message>
    <message>
      <source>why (kept in the vault)</source>
      <translation>niyə (anbarda saxlanılır)</translation>
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
      <translation>sorğu sintaksisi (docs/search.md):
  sargsyan dəyənəklər  hər söz uyğun gəlməlidir (VƏ)
  Grigoryan OR Sargsian   ikisindən biri
  "rezin dəyənəklər"   ifadə: bu sözlər bu ardıcıllıqla
  Sarg*                Sarg ilə başlayan sözlər (sonluqları da tapır: Саргсян*)
  W-001, C-002         şəxs və iş kodları
Yazılışlar eyniləşdirilir: böyük/kiçik hərf, latın diakritik işarələri, ё/е və
latın, kiril, erməni və Azərbaycan əlifbaları arasında transliterasiya
(seki = Şəki, Aliyev = Əliyev, Sargsian = Саргсян = Սարգսյան). Dəqiq
uyğunluqlar əvvəlcə göstərilir. Qeydiyyatdakı şəxsin adını çəkən sorğu onun
xatırlanmalarını da gizlətmənin tapdığı kimi göstərir (Давита Саргсяна).
Nəticə: cədvəl — növ, qeyd (onun kodu və ya id-nin ilk 8 simvolu), işin kodu,
sahə (PDF səhifəsi üçün page:N), uyğunluq (exact, folded, person) və parça;
--json: tam id-lər, case_id, case_code, page və score.</translation>
    </message>
    <message>
      <source>ISO 3166 code(s) of the countries whose phone formats the statements use, tried first by detection (repeatable or comma-separated: --region AM,RU)</source>
      <translation>ifadələrdə istifadə olunan telefon formatlarının aid olduğu ölkələrin ISO 3166 kodları; aşkarlama zamanı əvvəlcə onlar yoxlanılır (təkrarlana və ya vergüllə yazıla bilər: --region AM,RU)</translation>
    </message>
    <message>
      <source>cases</source>
      <translation>işlər</translation>
    </message>
    <message>
      <source>take files into the vault, encrypted and hashed</source>
      <translation>faylları anbara qəbul etmək, şifrələnmiş və heşlənmiş</translation>
    </message>
    <message>
      <source>list records</source>
      <translation>qeydlərin siyahısı</translation>
    </message>
    <message>
      <source>persons of a case</source>
      <translation>işin şəxsləri</translation>
    </message>
    <message>
      <source>consent of a person (a history: each is a new record)</source>
      <translation>şəxsin razılığı (tarixçə: hər biri yeni qeyddir)</translation>
    </message>
    <message>
      <source>witness statements (versions kept)</source>
      <translation>şahid ifadələri (versiyalar saxlanılır)</translation>
    </message>
    <message>
      <source>incidents</source>
      <translation>insidentlər</translation>
    </message>
    <message>
      <source>facilities and organizations</source>
      <translation>müəssisələr və təşkilatlar</translation>
    </message>
    <message>
      <source>links between records of a case</source>
      <translation>işin qeydləri arasında əlaqələr</translation>
    </message>
    <message>
      <source>one record with its history and links</source>
      <translation>tarixçəsi və əlaqələri ilə bir qeyd</translation>
    </message>
    <message>
      <source>full-text search (names, codes, statements, files)</source>
      <translation>tam mətn axtarışı (adlar, kodlar, ifadələr, fayllar)</translation>
    </message>
    <message>
      <source>create a case; prints its id and code (C-001)</source>
      <translation>iş yaratmaq; onun id-sini və kodunu çap edir (C-001)</translation>
    </message>
    <message>
      <source>the case's title</source>
      <translation>işin adı</translation>
    </message>
    <message>
      <source>change a case's title or regions; prints its id and code</source>
      <translation>işin adını və ya regionlarını dəyişmək; onun id-sini və kodunu çap edir</translation>
    </message>
    <message>
      <source>the new title</source>
      <translation>yeni ad</translation>
    </message>
    <message>
      <source>replaces the case's regions (--region '' clears them)</source>
      <translation>işin regionlarını əvəz edir (--region '' onları təmizləyir)</translation>
    </message>
    <message>
      <source>the statement the files belong to (S-001, id)</source>
      <translation>faylların aid olduğu ifadə (S-001, id)</translation>
    </message>
    <message>
      <source>take in a file whose content is already in the case (refused otherwise)</source>
      <translation>məzmunu artıq işdə olan faylı qəbul etmək (əks halda rədd edilir)</translation>
    </message>
    <message>
      <source>one or more files to take in</source>
      <translation>qəbul ediləcək bir və ya bir neçə fayl</translation>
    </message>
    <message>
      <source>what to list: %(choices)s</source>
      <translation>nəyi siyahıya almaq: %(choices)s</translation>
    </message>
    <message>
      <source>only this case (C-001, id)</source>
      <translation>yalnız bu iş (C-001, id)</translation>
    </message>
    <message>
      <source>retracted records too, marked so</source>
      <translation>geri çağırılmış qeydlər də, qeyd edilərək</translation>
    </message>
    <message>
      <source>a JSON array (full ids, ISO 8601 UTC times) instead of a table</source>
      <translation>cədvəl əvəzinə JSON massivi (tam id-lər, ISO 8601 UTC vaxtları)</translation>
    </message>
    <message>
      <source>add a person; prints the id and the code (the code comes from the role)</source>
      <translation>şəxs əlavə etmək; id-ni və kodu çap edir (kod roldan asılıdır)</translation>
    </message>
    <message>
      <source>primary name</source>
      <translation>əsas ad</translation>
    </message>
    <message>
      <source>another name (repeatable)</source>
      <translation>digər ad (təkrarlana bilər)</translation>
    </message>
    <message>
      <source>witness, victim, perpetrator, interviewer, interpreter or other</source>
      <translation>witness, victim, perpetrator, interviewer, interpreter və ya other</translation>
    </message>
    <message>
      <source>e.g. 1990-04-02, 1990, ~1990</source>
      <translation>məsələn, 1990-04-02, 1990, ~1990</translation>
    </message>
    <message>
      <source>free text about the person</source>
      <translation>şəxs haqqında sərbəst mətn</translation>
    </message>
    <message>
      <source>record the person's current consent; prints its id</source>
      <translation>şəxsin cari razılığını qeyd etmək; onun id-sini çap edir</translation>
    </message>
    <message>
      <source>code (W-001), id or prefix</source>
      <translation>kod (W-001), id və ya prefiks</translation>
    </message>
    <message>
      <source>the case the person's code is read in</source>
      <translation>şəxsin kodunun oxunduğu iş</translation>
    </message>
    <message>
      <source>comma-separated: legal,ngo,government,media,public</source>
      <translation>vergüllə: legal,ngo,government,media,public</translation>
    </message>
    <message>
      <source>consent withdrawn: share nothing</source>
      <translation>razılıq geri götürülüb: heç nə paylaşılmır</translation>
    </message>
    <message>
      <source>needed with --share: may the name leave?</source>
      <translation>--share ilə lazımdır: ad ötürülə bilərmi?</translation>
    </message>
    <message>
      <source>may be re-contacted (default: no)</source>
      <translation>yenidən əlaqə saxlamaq olar (susmaya görə: xeyr)</translation>
    </message>
    <message>
      <source>when consent was given (default: today)</source>
      <translation>razılığın verildiyi vaxt (susmaya görə: bu gün)</translation>
    </message>
    <message>
      <source>free text (how consent was given)</source>
      <translation>sərbəst mətn (razılıq necə verilib)</translation>
    </message>
    <message>
      <source>add a statement from a UTF-8 text file; prints its id and code (S-001)</source>
      <translation>UTF-8 mətn faylından ifadə əlavə etmək; onun id-sini və kodunu çap edir (S-001)</translation>
    </message>
    <message>
      <source>who gave it: person code (W-001) or id</source>
      <translation>kim verib: şəxsin kodu (W-001) və ya id</translation>
    </message>
    <message>
      <source>the statement, UTF-8 text</source>
      <translation>ifadə, UTF-8 mətni</translation>
    </message>
    <message>
      <source>a translation, UTF-8 text</source>
      <translation>tərcümə, UTF-8 mətni</translation>
    </message>
    <message>
      <source>IETF tag of the translation</source>
      <translation>tərcümənin IETF teqi</translation>
    </message>
    <message>
      <source>IETF tag: hy, ru, en, az-Latn ...</source>
      <translation>IETF teqi: hy, ru, en, az-Latn ...</translation>
    </message>
    <message>
      <source>2021-03-14, 2021-03, 2021 or ~2021-03</source>
      <translation>2021-03-14, 2021-03, 2021 və ya ~2021-03</translation>
    </message>
    <message>
      <source>where the interview took place</source>
      <translation>müsahibənin keçirildiyi yer</translation>
    </message>
    <message>
      <source>person code (W-002) or id</source>
      <translation>şəxsin kodu (W-002) və ya id</translation>
    </message>
    <message>
      <source>person code (W-003) or id</source>
      <translation>şəxsin kodu (W-003) və ya id</translation>
    </message>
    <message>
      <source>the kind of statement (default: first-account)</source>
      <translation>ifadənin növü (susmaya görə: first-account)</translation>
    </message>
    <message>
      <source>Istanbul Protocol topic (repeatable)</source>
      <translation>İstanbul Protokolu mövzusu (təkrarlana bilər)</translation>
    </message>
    <message>
      <source>free-text tag (repeatable)</source>
      <translation>sərbəst teq (təkrarlana bilər)</translation>
    </message>
    <message>
      <source>a new version of the text (decisions on unchanged text kept) and/or corrected metadata; prints the current version id and the statement's code</source>
      <translation>mətnin yeni versiyası (dəyişməmiş mətnə dair qərarlar saxlanılır) və/və ya düzəldilmiş metaməlumatlar; cari versiyanın id-sini və ifadənin kodunu çap edir</translation>
    </message>
    <message>
      <source>code (S-001), id or id prefix</source>
      <translation>kod (S-001), id və ya id prefiksi</translation>
    </message>
    <message>
      <source>the case the codes are read in</source>
      <translation>kodların oxunduğu iş</translation>
    </message>
    <message>
      <source>the new text: makes a new version</source>
      <translation>yeni mətn: yeni versiya yaradır</translation>
    </message>
    <message>
      <source>the new translation</source>
      <translation>yeni tərcümə</translation>
    </message>
    <message>
      <source>IETF tag ('' clears it)</source>
      <translation>IETF teqi ('' təmizləyir)</translation>
    </message>
    <message>
      <source>2021-03-14, 2021-03, 2021 or ~2021 ('' clears it)</source>
      <translation>2021-03-14, 2021-03, 2021 və ya ~2021 ('' təmizləyir)</translation>
    </message>
    <message>
      <source>where the interview took place ('' clears it)</source>
      <translation>müsahibənin keçirildiyi yer ('' təmizləyir)</translation>
    </message>
    <message>
      <source>person code or id ('' clears it)</source>
      <translation>şəxsin kodu və ya id ('' təmizləyir)</translation>
    </message>
    <message>
      <source>the new kind</source>
      <translation>yeni növ</translation>
    </message>
    <message>
      <source>record an incident; prints its id (incidents have no code)</source>
      <translation>insident qeyd etmək; onun id-sini çap edir (insidentlərin kodu yoxdur)</translation>
    </message>
    <message>
      <source>2020-11-09, 2020-11, 2020, ~2020-11 or 'around 2020-11'</source>
      <translation>2020-11-09, 2020-11, 2020, ~2020-11 və ya 'around 2020-11'</translation>
    </message>
    <message>
      <source>where it happened</source>
      <translation>harada baş verib</translation>
    </message>
    <message>
      <source>facility id or its first 6+ characters</source>
      <translation>müəssisənin id-si və ya onun ilk 6+ simvolu</translation>
    </message>
    <message>
      <source>what happened</source>
      <translation>nə baş verib</translation>
    </message>
    <message>
      <source>record a facility or organization; prints its id</source>
      <translation>müəssisə və ya təşkilat qeyd etmək; onun id-sini çap edir</translation>
    </message>
    <message>
      <source>the facility's or organization's name</source>
      <translation>müəssisənin və ya təşkilatın adı</translation>
    </message>
    <message>
      <source>facility, organization, ... (default: facility)</source>
      <translation>facility, organization, ... (müəssisə, təşkilat, ...; susmaya görə: facility)</translation>
    </message>
    <message>
      <source>free text</source>
      <translation>sərbəst mətn</translation>
    </message>
    <message>
      <source>link two records; prints the link id</source>
      <translation>iki qeydi əlaqələndirmək; əlaqənin id-sini çap edir</translation>
    </message>
    <message>
      <source>e.g. person:W-001, statement:S-001, incident:3fa2c1</source>
      <translation>məsələn, person:W-001, statement:S-001, incident:3fa2c1</translation>
    </message>
    <message>
      <source>the other record, as --from</source>
      <translation>digər qeyd, --from kimi</translation>
    </message>
    <message>
      <source>what the link means (free word)</source>
      <translation>əlaqənin mənası (sərbəst söz)</translation>
    </message>
    <message>
      <source>a code (C-001, W-001, S-001, A-001), an id or its first 6+ characters; TYPE (case, person, statement, ...) only narrows the search</source>
      <translation>kod (C-001, W-001, S-001, A-001), id və ya onun ilk 6+ simvolu; TYPE (case, person, statement, ...) yalnız axtarışı daraldır</translation>
    </message>
    <message>
      <source>one JSON object (full ids, ISO 8601 UTC times) instead of a summary</source>
      <translation>xülasə əvəzinə bir JSON obyekti (tam id-lər, ISO 8601 UTC vaxtları)</translation>
    </message>
    <message>
      <source>words to find (see below)</source>
      <translation>axtarılacaq sözlər (aşağıya baxın)</translation>
    </message>
    <message>
      <source>where this person is mentioned, as redaction finds them (W-001, id or prefix)</source>
      <translation>bu şəxsin harada xatırlandığı, gizlətmənin tapdığı kimi (W-001, id və ya prefiks)</translation>
    </message>
    <message>
      <source>only records of this case</source>
      <translation>yalnız bu işin qeydləri</translation>
    </message>
    <message>
      <source>at most N hits (default %(default)s)</source>
      <translation>ən çox N nəticə (susmaya görə %(default)s)</translation>
    </message>
    <message>
      <source>a JSON array of hits (full ids) instead of a table</source>
      <translation>cədvəl əvəzinə nəticələrin JSON massivi (tam id-lər)</translation>
    </message>
    <message>
      <source>identity, contact, location, document or other</source>
      <translation>identity, contact, location, document və ya other</translation>
    </message>
    <message>
      <source>redaction proposals, decisions, spans, boxes, review</source>
      <translation>gizlətmə təklifləri, qərarlar, fraqmentlər, çərçivələr, yoxlama</translation>
    </message>
    <message>
      <source>detect names, contacts, documents, places</source>
      <translation>adları, əlaqə məlumatlarını, sənədləri, yerləri aşkar etmək</translation>
    </message>
    <message>
      <source>code (S-001), id or prefix</source>
      <translation>kod (S-001), id və ya prefiks</translation>
    </message>
    <message>
      <source>the export you prepare (default: public). Everyone in the case is looked for; names this profile shows anyway are listed as "kept by profile" and need no decision</source>
      <translation>hazırladığınız ixrac (susmaya görə: public). İşdəki hər kəs axtarılır; bu profilin onsuz da göstərdiyi adlar «profilə görə saxlanılıb» kimi göstərilir və qərar tələb etmir</translation>
    </message>
    <message>
      <source>a JSON array (full ids) instead of a table</source>
      <translation>cədvəl əvəzinə JSON massivi (tam id-lər)</translation>
    </message>
    <message>
      <source>accept proposals (or --all of a statement)</source>
      <translation>təklifləri qəbul etmək (və ya --all ilə ifadənin bütün təkliflərini)</translation>
    </message>
    <message>
      <source>as `redact suggest` lists them (the id or its first 6+ characters)</source>
      <translation>`redact suggest` onları necə sıralayırsa (id və ya onun ilk 6+ simvolu)</translation>
    </message>
    <message>
      <source>every open proposal of --statement</source>
      <translation>--statement ifadəsinin bütün açıq təklifləri</translation>
    </message>
    <message>
      <source>with --all: code (S-001), id or prefix</source>
      <translation>--all ilə: kod (S-001), id və ya prefiks</translation>
    </message>
    <message>
      <source>with --all: leave the proposals this profile keeps by itself ("kept by profile")</source>
      <translation>--all ilə: bu profilin özünün saxladığı təklifləri saxlamaq («profilə görə saxlanılıb»)</translation>
    </message>
    <message>
      <source>reject proposals (false positives)</source>
      <translation>təklifləri rədd etmək (yalan tapıntılar)</translation>
    </message>
    <message>
      <source>redact a span of a statement by hand</source>
      <translation>ifadənin fraqmentini əl ilə gizlətmək</translation>
    </message>
    <message>
      <source>the words to redact, exactly as written (instead of --start/--end)</source>
      <translation>gizlədiləcək sözlər, yazıldığı kimi (--start/--end əvəzinə)</translation>
    </message>
    <message>
      <source>with --text: which occurrence, from 1 (needed when it appears more than once)</source>
      <translation>--text ilə: hansı rast gəlmə, 1-dən başlayaraq (bir dəfədən çox rast gəldikdə lazımdır)</translation>
    </message>
    <message>
      <source>with --text: every occurrence</source>
      <translation>--text ilə: bütün rast gəlmələr</translation>
    </message>
    <message>
      <source>first character, counted from 0</source>
      <translation>ilk simvol, 0-dan sayılır</translation>
    </message>
    <message>
      <source>one past the last</source>
      <translation>sonuncu simvoldan sonrakı mövqe</translation>
    </message>
    <message>
      <source>which text of the statement (default: body)</source>
      <translation>ifadənin hansı mətni (susmaya görə: body)</translation>
    </message>
    <message>
      <source>a solid box on an image or PDF page</source>
      <translation>şəkil və ya PDF səhifəsi üzərində bütöv çərçivə</translation>
    </message>
    <message>
      <source>code (A-001), id or prefix</source>
      <translation>kod (A-001), id və ya prefiks</translation>
    </message>
    <message>
      <source>PDF page, from 1 (default: 1)</source>
      <translation>PDF səhifəsi, 1-dən başlayaraq (susmaya görə: 1)</translation>
    </message>
    <message>
      <source>origin top-left; image pixels as displayed, or PDF points of the displayed page</source>
      <translation>koordinat başlanğıcı yuxarı sol küncdür; göstərildiyi kimi şəklin pikselləri və ya göstərilən səhifənin PDF nöqtələri</translation>
    </message>
    <message>
      <source>mark an attachment reviewed as it will be exported</source>
      <translation>əlavəni ixrac olunacağı şəkildə yoxlanılmış kimi qeyd etmək</translation>
    </message>
    <message>
      <source>the profile whose derivative you looked at (redact preview); default: every anonymized profile, refused when the derivative differs between them</source>
      <translation>törəmə faylına baxdığınız profil (redact preview); susmaya görə: hər anonimləşdirən profil, törəmə fayllar onlar arasında fərqlənəndə rədd edilir</translation>
    </message>
    <message>
      <source>what will leave: a statement's text, an attachment's file</source>
      <translation>nə çıxacaq: ifadənin mətni, əlavənin faylı</translation>
    </message>
    <message>
      <source>print the text as it will be exported</source>
      <translation>mətni ixrac olunacağı kimi çap etmək</translation>
    </message>
    <message>
      <source>make the derivative exactly as it will be exported</source>
      <translation>törəmə faylı tam ixrac olunacağı kimi yaratmaq</translation>
    </message>
    <message>
      <source>the export profile to preview for: legal, government, ngo, media, public or evidence</source>
      <translation>baxış üçün ixrac profili: legal, government, ngo, media, public və ya evidence</translation>
    </message>
    <message>
      <source>with --attachment: write the derivative to this new file (mode 0600; an existing file is never overwritten); a plaintext copy, delete it when done</source>
      <translation>--attachment ilə: törəmə faylı bu yeni fayla yazmaq (rejim 0600; mövcud fayl heç vaxt üzərinə yazılmır); bu şifrələnməmiş nüsxədir, işiniz bitəndə onu silin</translation>
    </message>
    <message>
      <source>one JSON object instead of text</source>
      <translation>mətn əvəzinə bir JSON obyekti</translation>
    </message>
    <message>
      <source>proposals, spans, boxes and review marks</source>
      <translation>təkliflər, fraqmentlər, çərçivələr və yoxlama qeydləri</translation>
    </message>
    <message>
      <source>of one statement's current version</source>
      <translation>bir ifadənin cari versiyasının</translation>
    </message>
    <message>
      <source>of one attachment</source>
      <translation>bir əlavənin</translation>
    </message>
    <message>
      <source>of every statement and attachment of a case</source>
      <translation>işin bütün ifadə və əlavələrinin</translation>
    </message>
    <message>
      <source>a JSON array (full ids, ISO 8601 UTC) instead of tables</source>
      <translation>cədvəllər əvəzinə JSON massivi (tam id-lər, ISO 8601 UTC)</translation>
    </message>
    <message>
      <source>create a vault; prints the recovery code once</source>
      <translation>anbar yaratmaq; bərpa kodu bir dəfə çap olunur</translation>
    </message>
    <message>
      <source>format, key slots, counts (never secrets)</source>
      <translation>format, açar slotları, saylar (sirlər olmadan)</translation>
    </message>
    <message>
      <source>set a new passphrase (a new passphrase slot)</source>
      <translation>yeni şifrə ifadəsi təyin etmək (yeni şifrə ifadəsi slotu)</translation>
    </message>
    <message>
      <source>a new master key, recovery code and escrow slot</source>
      <translation>yeni əsas açar, bərpa kodu və əmanət slotu</translation>
    </message>
    <message>
      <source>replace the recovery code</source>
      <translation>bərpa kodunu əvəz etmək</translation>
    </message>
    <message>
      <source>add or remove the organization escrow slot</source>
      <translation>təşkilatın əmanət slotunu əlavə etmək və ya silmək</translation>
    </message>
    <message>
      <source>destroy the key slots (crypto-shredding)</source>
      <translation>açar slotlarını məhv etmək (kriptoqrafik məhvetmə)</translation>
    </message>
    <message>
      <source>database, every attachment, custody chain and counter</source>
      <translation>verilənlər bazası, hər əlavə, sübutların saxlanma zənciri və sayğac</translation>
    </message>
    <message>
      <source>consistent encrypted copy, verified</source>
      <translation>ardıcıl şifrələnmiş nüsxə, yoxlanılmış</translation>
    </message>
    <message>
      <source>custody log</source>
      <translation>saxlanma jurnalı</translation>
    </message>
    <message>
      <source>read the new passphrase from F (default: asked twice on the terminal)</source>
      <translation>yeni şifrə ifadəsini F faylından oxumaq (susmaya görə: terminalda iki dəfə soruşulur)</translation>
    </message>
    <message>
      <source>unlock with the recovery code</source>
      <translation>bərpa kodu ilə kilidi açmaq</translation>
    </message>
    <message>
      <source>unlock with the recovery code, typed at the prompt (never on the command line)</source>
      <translation>sorğuda yazılan bərpa kodu ilə kilidi açmaq (heç vaxt əmr sətrində)</translation>
    </message>
    <message>
      <source>unlock with HQ's age identity (escrow)</source>
      <translation>baş ofisin age identifikasiyası ilə kilidi açmaq (əmanət)</translation>
    </message>
    <message>
      <source>your name or code, written into the custody log (default: operator)</source>
      <translation>saxlanma jurnalına yazılan adınız və ya kodunuz (susmaya görə: operator)</translation>
    </message>
    <message>
      <source>the old passphrase may be known to someone else: also make a new master key and recovery code (asked on a terminal when not given)</source>
      <translation>köhnə şifrə ifadəsini başqası bilə bilər: həmçinin yeni əsas açar və bərpa kodu yaratmaq (verilməyibsə, terminalda soruşulur)</translation>
    </message>
    <message>
      <source>read a new passphrase from F (default: keep the one typed; asked twice when unlocking another way)</source>
      <translation>yeni şifrə ifadəsini F faylından oxumaq (susmaya görə: yazılanı saxlamaq; kilid başqa yolla açılanda iki dəfə soruşulur)</translation>
    </message>
    <message>
      <source>a new recovery code; the old one stops working</source>
      <translation>yeni bərpa kodu; köhnəsi işləməyi dayandırır</translation>
    </message>
    <message>
      <source>encrypt the master key to HQ's age recipient</source>
      <translation>əsas açarı baş ofisin age alıcısı üçün şifrələmək</translation>
    </message>
    <message>
      <source>HQ's age public key (age1...)</source>
      <translation>baş ofisin age açıq açarı (age1...)</translation>
    </message>
    <message>
      <source>remove the escrow slot</source>
      <translation>əmanət slotunu silmək</translation>
    </message>
    <message>
      <source>keep HQ's escrow slot</source>
      <translation>baş ofisin əmanət slotunu saxlamaq</translation>
    </message>
    <message>
      <source>do not ask for confirmation</source>
      <translation>təsdiq istəməmək</translation>
    </message>
    <message>
      <source>one JSON object: ok, counts checked, problems</source>
      <translation>bir JSON obyekti: ok, yoxlanılmış saylar, problemlər</translation>
    </message>
    <message>
      <source>the new folder of the copy (must not exist; its parent must); --to is the same option</source>
      <translation>nüsxənin yeni qovluğu (mövcud olmamalıdır, onun ana qovluğu isə mövcud olmalıdır); --to eyni parametrdir</translation>
    </message>
    <message>
      <source>one JSON object: where, ok, counts</source>
      <translation>bir JSON obyekti: where, ok, saylar</translation>
    </message>
    <message>
      <source>walk the chain; name the first broken row; re-check the custody lines each import kept from its bundle</source>
      <translation>zənciri gəzmək; ilk pozulmuş sətri göstərmək; hər idxalın öz paketindən saxladığı saxlanma sətirlərini yenidən yoxlamaq</translation>
    </message>
    <message>
      <source>one JSON object: ok, the chain, imported lines</source>
      <translation>bir JSON obyekti: ok, zəncir, idxal olunmuş sətirlər</translation>
    </message>
    <message>
      <source>expected a whole number of at least 1, not {text}</source>
      <translation>ən azı 1 olan tam ədəd gözlənilir, {text} yox</translation>
    </message>
    <message>
      <source>keep pictures and PDFs that are refused otherwise (disguised as another format, beyond the redaction limits, damaged, or crashing the decoder) exactly as received: encrypted, never shown or redacted; a warning names each</source>
      <translation>başqa halda rədd edilən şəkilləri və PDF-ləri (başqa format kimi maskalanmış, gizlətmə hədlərini aşan, zədələnmiş və ya dekoderi çökdürən) tam alındığı kimi saxla: şifrələnmiş, heç vaxt göstərilmədən və gizlədilmədən; hər biri xəbərdarlıqda adlandırılır</translation>
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <source>usage: </source>
      <translation>istifadə: </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>mövqe arqumentləri</translation>
    </message>
    <message>
      <source>options</source>
      <translation>parametrlər</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>bu yardımı göstərmək və çıxmaq</translation>
    </message>
    <message>
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: xəta: %(message)s
</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>arqument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>bu arqumentlər mütləqdir: %s</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>%s arqumentlərindən biri mütləqdir</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>%s arqumenti ilə birlikdə olmaz</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>tanınmayan arqumentlər: %s</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>yolverilməz seçim: %(value)r (bunlardan seçin: %(choices)s)</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>yolverilməz dəyər (%(type)s): %(value)r</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>bir dəyər gözlənilir</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>ən çox bir dəyər gözlənilir</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>ən azı bir dəyər gözlənilir</translation>
    </message>
    <message>
      <source>expected %s argument</source>
      <translation>gözlənilən dəyər sayı: %s</translation>
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation>gözlənilən dəyər sayı: %s</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>%r dəyəri burada qəbul edilmir</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>qeyri-müəyyən parametr: %(option)s bunlardan biri ola bilər: %(matches)s</translation>
    </message>
    <message>
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>naməlum əmr %(parser_name)r (seçimlər: %(choices)s)</translation>
    </message>
  </context>
  <context>
    <name>cli-words</name>
    <message>
      <source>consent {number}</source>
      <translation>razılıq {number}</translation>
    </message>
    <message>
      <source>page {page} box {box}</source>
      <translation>səhifə {page}, qutu {box}</translation>
    </message>
    <message>
      <source>derivative sha256 {sha256}</source>
      <translation>törəmənin sha256 {sha256}</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>etibarlı</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>ləğv edilib</translation>
    </message>
    <message>
      <source>retracted</source>
      <translation>geri çağırılıb</translation>
    </message>
    <message>
      <source>proposed</source>
      <translation>təklif edilib</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>qəbul edilib</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>rədd edilib</translation>
    </message>
    <message>
      <source>kept by profile</source>
      <translation>profil saxlayır</translation>
    </message>
    <message>
      <source>reviewed</source>
      <translation>yoxlanılıb</translation>
    </message>
    <message>
      <source>stale</source>
      <translation>köhnəlib</translation>
    </message>
    <message>
      <source>unreviewed</source>
      <translation>yoxlanılmayıb</translation>
    </message>
    <message>
      <source>any profile</source>
      <translation>istənilən profil</translation>
    </message>
    <message>
      <source>exact</source>
      <translation>dəqiq</translation>
    </message>
    <message>
      <source>folded</source>
      <translation>uyğunlaşdırılmış</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>İş</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Şəxs</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>İfadə</translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>Əlavə</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>İnsident</translation>
    </message>
    <message>
      <source>Facility</source>
      <translation>Müəssisə</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Əlaqə</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Yaradılıb</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>Regions</source>
      <translation>Regionlar</translation>
    </message>
    <message>
      <source>Holds</source>
      <translation>Tərkibi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Ad</translation>
    </message>
    <message>
      <source>Aliases</source>
      <translation>Digər adlar</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Rollar</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Doğulub</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Qeydlər</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Razılıq</translation>
    </message>
    <message>
      <source>Statements</source>
      <translation>İfadələr</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Şahid</translation>
    </message>
    <message>
      <source>Interviewer</source>
      <translation>Müsahibəni aparan</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Tərcüməçi</translation>
    </message>
    <message>
      <source>Interview date</source>
      <translation>Müsahibə tarixi</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Yer</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Dil</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Növ</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Mövzular</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etiketlər</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Tərcümə</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Versiya</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Translation SHA-256</source>
      <translation>Tərcümənin SHA-256</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>Versiyalar</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Əlavələr</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Tip</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Ölçü</translation>
    </message>
    <message>
      <source>Inside</source>
      <translation>Daxilində</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Tarix</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Təsvir</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>İnsidentlər</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Kimdən</translation>
    </message>
    <message>
      <source>As</source>
      <translation>Kimi</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Kimə</translation>
    </message>
    <message>
      <source>Links</source>
      <translation>Əlaqələr</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>Mənşə</translation>
    </message>
    <message>
      <source>Retracted</source>
      <translation>Geri çağırılıb</translation>
    </message>
    <message>
      <source>nothing yet</source>
      <translation>hələ heç nə</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation>qeydə alınmayıb</translation>
    </message>
    <message>
      <source>Consent history</source>
      <translation>Razılıq tarixçəsi</translation>
    </message>
    <message>
      <source>re-contact yes</source>
      <translation>yenidən əlaqə: bəli</translation>
    </message>
    <message>
      <source>re-contact no</source>
      <translation>yenidən əlaqə: xeyr</translation>
    </message>
    <message>
      <source>Received consent</source>
      <translation>Alınmış razılıq</translation>
    </message>
    <message>
      <source>text</source>
      <translation>mətn</translation>
    </message>
    <message>
      <source>given {date}, recorded by {operator}</source>
      <translation>{date} tarixində verilib, {operator} qeydə alıb</translation>
    </message>
    <message>
      <source>{version} of {count}</source>
      <translation>{version} / {count}</translation>
    </message>
    <message>
      <source>translation</source>
      <translation>tərcümə</translation>
    </message>
    <message>
      <source>{size} bytes</source>
      <translation>{size} bayt</translation>
    </message>
    <message>
      <source>{time} by {operator}: {reason} (hidden from lists and exports; kept)</source>
      <translation>{time}, {operator}: {reason} (siyahılardan və ixraclardan gizlədilib; saxlanılır)</translation>
    </message>
    <message>
      <source>#{number} withdrawn: share nothing</source>
      <translation>#{number}: geri götürülüb, heç nə paylaşılmır</translation>
    </message>
    <message>
      <source>#{number} share {categories}</source>
      <translation>#{number}: paylaşılır {categories}</translation>
    </message>
    <message>
      <source>anonymity {anonymity}</source>
      <translation>anonimlik {anonymity}</translation>
    </message>
    <message>
      <source>in {language}</source>
      <translation>{language} dilində</translation>
    </message>
    <message>
      <source>v{number}  {time}  by {operator}  sha256 {sha256}</source>
      <translation>v{number}  {time}  operator {operator}  sha256 {sha256}</translation>
    </message>
    <message>
      <source>1 person</source>
      <translation>şəxslər: 1</translation>
    </message>
    <message>
      <source>{count} persons</source>
      <translation>şəxslər: {count}</translation>
    </message>
    <message>
      <source>1 statement</source>
      <translation>ifadələr: 1</translation>
    </message>
    <message>
      <source>{count} statements</source>
      <translation>ifadələr: {count}</translation>
    </message>
    <message>
      <source>1 attachment</source>
      <translation>əlavələr: 1</translation>
    </message>
    <message>
      <source>{count} attachments</source>
      <translation>əlavələr: {count}</translation>
    </message>
    <message>
      <source>1 incident</source>
      <translation>insidentlər: 1</translation>
    </message>
    <message>
      <source>{count} incidents</source>
      <translation>insidentlər: {count}</translation>
    </message>
    <message>
      <source>1 facility</source>
      <translation>müəssisələr: 1</translation>
    </message>
    <message>
      <source>{count} facilities</source>
      <translation>müəssisələr: {count}</translation>
    </message>
    <message>
      <source>1 link</source>
      <translation>əlaqələr: 1</translation>
    </message>
    <message>
      <source>{count} links</source>
      <translation>əlaqələr: {count}</translation>
    </message>
    <message>
      <source>Kept as received</source>
      <translation>Alındığı kimi saxlanıldı</translation>
    </message>
  </context>
</TS>
