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
      <translation>{what} faylı {path} həddindən artıq böyükdür.</translation>
    </message>
    <message>
      <source>The {what} file {path} is empty.</source>
      <translation>{what} faylı {path} boşdur.</translation>
    </message>
    <message>
      <source>Cannot read the {what} file {path}: {exc_strerror}.</source>
      <translation>{what} faylı {path} oxuna bilmir: {exc_strerror}.</translation>
    </message>
    <message>
      <source>The {what} file {path} is not UTF-8 text.</source>
      <translation>{what} faylı {path} UTF-8 mətni deyil.</translation>
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
      <translation>{what} göstərin: id, onun ilk {MIN_PREFIX}+ simvolu və ya kod.</translation>
    </message>
    <message>
      <source>No {what} with {how} {text}{where}.</source>
      <translation>{how} {text}{where} ilə {what} yoxdur.</translation>
    </message>
    <message>
      <source>{text} fits {len_found} records ({listed}{more}): {advice}.</source>
      <translation>{text} {len_found} qeydə uyğun gəlir ({listed}{more}): {advice}.</translation>
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
      <translation>{text} {named} kodudur, {kind} kodu deyil.</translation>
    </message>
    <message>
      <source>No {what} with id {text_80}: give an id, its first {MIN_PREFIX}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>{text_80} id-li {what} yoxdur: id, onun ilk {MIN_PREFIX}+ simvolu və ya C-001, W-001, S-001, A-001 kimi kod verin.</translation>
    </message>
    <message>
      <source>No {kind} with id {text}: it is {other_0_describe}.</source>
      <translation>{text} id-li {kind} yoxdur: bu {other_0_describe}.</translation>
    </message>
    <message>
      <source>{text} is not a {kind_or_elsewhere_0} of case {case_code_vault_case_id}: it belongs to another case.</source>
      <translation>{text} {case_code_vault_case_id} işinin {kind_or_elsewhere_0} deyil: başqa işə aiddir.</translation>
    </message>
    <message>
      <source>{text} is too short to name a {what}: give at least {MIN_PREFIX} characters of its id, or its code.</source>
      <translation>{text} {what} göstərmək üçün çox qısadır: id-nin ən azı {MIN_PREFIX} simvolunu və ya kodunu verin.</translation>
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
      <translation>{label} artıq geri çağırılıb (və ya onun işi).</translation>
    </message>
    <message>
      <source>{label} is still used by {len_using} {what} ({join_using_10}): {advice}; nothing was retracted.</source>
      <translation>{label} hələ {len_using} {what} tərəfindən istifadə olunur ({join_using_10}): {advice}; heç nə geri çağırılmadı.</translation>
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
      <translation>Disk yazmaqdan imtina etdi ({os_strerror_exc_errno_or_0}), məlumatlar saxlanılmadı ({what} {verb} not saved).</translation>
    </message>
    <message>
      <source>The disk is full: {what} {verb} not saved; the vault is unchanged.</source>
      <translation>Disk doludur, məlumatlar saxlanılmadı ({what} {verb} not saved); anbar dəyişmədi.</translation>
    </message>
    <message>
      <source>The disk is read-only: {what} {verb} not saved.</source>
      <translation>Disk yalnız oxumaq üçündür, məlumatlar saxlanılmadı ({what} {verb} not saved).</translation>
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
</TS>
