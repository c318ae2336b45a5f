<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
  <context>
    <name>EvidenceVault</name>
    <message>
      <source>The demo vault could not be made</source>
      <translation>Не удалось создать демонстрационное хранилище</translation>
    </message>
    <message>
      <source>Preparing the demo vault</source>
      <translation>Подготовка демонстрационного хранилища</translation>
    </message>
    <message>
      <source>Identity (a face, a name, a signature)</source>
      <translation>Личность (лицо, имя, подпись)</translation>
    </message>
    <message>
      <source>Contact (a phone number, an address)</source>
      <translation>Контакт (номер телефона, адрес)</translation>
    </message>
    <message>
      <source>Location (a street sign, a landmark)</source>
      <translation>Место (табличка с названием улицы, ориентир)</translation>
    </message>
    <message>
      <source>Document (an identity number, a plate)</source>
      <translation>Документ (номер удостоверения личности, номерной знак)</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <source>Why redact this area?</source>
      <translation>Почему эту область нужно скрыть?</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>Reason:</source>
      <translation>Причина:</translation>
    </message>
    <message>
      <source>Redact an attachment</source>
      <translation>Скрытие сведений во вложении</translation>
    </message>
    <message>
      <source>Add box</source>
      <translation>Добавить рамку</translation>
    </message>
    <message>
      <source>A box in the middle of what is shown (Insert)</source>
      <translation>Рамка в центре показанного (Insert)</translation>
    </message>
    <message>
      <source>Delete box</source>
      <translation>Удалить рамку</translation>
    </message>
    <message>
      <source>Remove the chosen box (Delete)</source>
      <translation>Убрать выбранную рамку (Delete)</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Уменьшить</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Увеличить</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>По размеру</translation>
    </message>
    <message>
      <source>◀ Page back</source>
      <translation>◀ Назад</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Предыдущая страница</translation>
    </message>
    <message>
      <source>Next page ▶</source>
      <translation>Вперёд ▶</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Следующая страница</translation>
    </message>
    <message>
      <source>Drag on the picture to draw a box; drag a box to move it, its handles to resize it. Keyboard: Tab goes through the boxes, arrows move, Shift+arrows resize, Delete removes, Insert adds a box; Ctrl+wheel or + and − zoom, 0 fits.</source>
      <translation>Чтобы нарисовать рамку, проведите мышью по изображению; рамку можно перетащить, а её маркеры — потянуть, чтобы изменить размер. Клавиатура: Tab — переход между рамками, стрелки — перемещение, Shift+стрелки — размер, Delete — удалить, Insert — добавить рамку; Ctrl+колесо или + и − — масштаб, 0 — по размеру.</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Сообщение</translation>
    </message>
    <message>
      <source>Preparing the picture…</source>
      <translation>Подготовка изображения…</translation>
    </message>
    <message>
      <source>Making the file as exported</source>
      <translation>Создание файла в виде для экспорта</translation>
    </message>
    <message>
      <source>Preparing the picture</source>
      <translation>Подготовка изображения</translation>
    </message>
    <message>
      <source>Saving the box</source>
      <translation>Сохранение рамки</translation>
    </message>
    <message>
      <source>Removing the box</source>
      <translation>Удаление рамки</translation>
    </message>
    <message>
      <source>Reading the review</source>
      <translation>Чтение проверки</translation>
    </message>
    <message>
      <source>Marking reviewed</source>
      <translation>Отметка о проверке</translation>
    </message>
    <message>
      <source>No picture of this file.</source>
      <translation>Для этого файла нет изображения.</translation>
    </message>
    <message>
      <source>As exported: read-only. Drag to pan.</source>
      <translation>В виде для экспорта: только чтение. Перетаскивайте, чтобы сдвинуть.</translation>
    </message>
    <message>
      <source>Page {page} of {count}</source>
      <translation>Страница {page} из {count}</translation>
    </message>
    <message>
      <source>Chosen box: {reason}</source>
      <translation>Выбранная рамка: {reason}</translation>
    </message>
    <message>
      <source>{n} %</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <source>Redact {code}</source>
      <translation>Скрытие сведений: {code}</translation>
    </message>
    <message>
      <source>Redaction canvas</source>
      <translation>Поле скрытия сведений</translation>
    </message>
    <message>
      <source>Drag to draw a box. Tab goes through the boxes; arrows move the chosen box, Shift and arrows resize it, Delete removes it, Insert adds a box in the middle; Control and the wheel, or + and −, zoom.</source>
      <translation>Проведите мышью, чтобы нарисовать рамку. Tab — переход между рамками; стрелки сдвигают выбранную рамку, Shift и стрелки меняют её размер, Delete удаляет, Insert добавляет рамку в центре; Control и колесо или + и − меняют масштаб.</translation>
    </message>
    <message>
      <source>Redaction box ({reason})</source>
      <translation>Скрывающая рамка ({reason})</translation>
    </message>
    <message>
      <source>&amp;Case</source>
      <translation>&amp;Дело</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Экспорт…</translation>
    </message>
    <message>
      <source>Open a &amp;bundle…</source>
      <translation>Открыть &amp;пакет…</translation>
    </message>
    <message>
      <source>Nobody is known to have signed it (the signature did not verify).</source>
      <translation>Неизвестно, кто его подписал (подпись не прошла проверку).</translation>
    </message>
    <message>
      <source>Trust this signer</source>
      <translation>Доверять этому подписанту</translation>
    </message>
    <message>
      <source>Signer fingerprint</source>
      <translation>Отпечаток ключа подписанта</translation>
    </message>
    <message>
      <source>Signer's name</source>
      <translation>Имя подписанта</translation>
    </message>
    <message>
      <source>Whose key it is, e.g. Field team Gyumri</source>
      <translation>Чей это ключ, напр. «Полевая группа, Гюмри»</translation>
    </message>
    <message>
      <source>Name:</source>
      <translation>Имя:</translation>
    </message>
    <message>
      <source>Every group matches what the sender read out</source>
      <translation>Каждая группа совпадает с тем, что зачитал отправитель</translation>
    </message>
    <message>
      <source>The fingerprint matches</source>
      <translation>Отпечаток совпадает</translation>
    </message>
    <message>
      <source>Trust</source>
      <translation>Доверять</translation>
    </message>
    <message>
      <source>Open a bundle</source>
      <translation>Открыть пакет</translation>
    </message>
    <message>
      <source>Bundle</source>
      <translation>Пакет</translation>
    </message>
    <message>
      <source>A bundle folder, .zip or .age file</source>
      <translation>Папка пакета, файл .zip или .age</translation>
    </message>
    <message>
      <source>Folder…</source>
      <translation>Папка…</translation>
    </message>
    <message>
      <source>File…</source>
      <translation>Файл…</translation>
    </message>
    <message>
      <source>Bundle:</source>
      <translation>Пакет:</translation>
    </message>
    <message>
      <source>Age identity file</source>
      <translation>Файл идентификатора age</translation>
    </message>
    <message>
      <source>Only for an encrypted (.age) bundle</source>
      <translation>Только для зашифрованного пакета (.age)</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Выбрать…</translation>
    </message>
    <message>
      <source>Identity file:</source>
      <translation>Файл идентификатора:</translation>
    </message>
    <message>
      <source>Fingerprint the sender read out</source>
      <translation>Отпечаток, зачитанный отправителем</translation>
    </message>
    <message>
      <source>Optional: 64 hex digits, groups allowed</source>
      <translation>Необязательно: 64 шестнадцатеричные цифры, можно группами</translation>
    </message>
    <message>
      <source>Sender's fingerprint:</source>
      <translation>Отпечаток отправителя:</translation>
    </message>
    <message>
      <source>Verify</source>
      <translation>Проверить</translation>
    </message>
    <message>
      <source>Verification report</source>
      <translation>Отчёт о проверке</translation>
    </message>
    <message>
      <source>Signer</source>
      <translation>Подписант</translation>
    </message>
    <message>
      <source>I compared it: trust this signer…</source>
      <translation>Я сверил(а) его: доверять этому подписанту…</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импортировать</translation>
    </message>
    <message>
      <source>Import although the signer is not verified</source>
      <translation>Импортировать, хотя подписант не подтверждён</translation>
    </message>
    <message>
      <source>Anyone can make a bundle that is intact and signed; only the fingerprint says who. Imported without it, every record says signer UNVERIFIED until you trust the key.</source>
      <translation>Целый и подписанный пакет может сделать кто угодно; кто именно — говорит только отпечаток ключа. Если импортировать без него, в каждой записи будет указано «подписант НЕ ПОДТВЕРЖДЁН», пока вы не доверитесь ключу.</translation>
    </message>
    <message>
      <source>Import as a new case</source>
      <translation>Импортировать как новое дело</translation>
    </message>
    <message>
      <source>A bundle folder</source>
      <translation>Папка пакета</translation>
    </message>
    <message>
      <source>A bundle file (.zip or .age)</source>
      <translation>Файл пакета (.zip или .age)</translation>
    </message>
    <message>
      <source>Your age identity file</source>
      <translation>Ваш файл идентификатора age</translation>
    </message>
    <message>
      <source>Verifying the bundle</source>
      <translation>Проверка пакета</translation>
    </message>
    <message>
      <source>PINNED: the key matches the fingerprint you typed.</source>
      <translation>ЗАКРЕПЛЁН: ключ совпадает с введённым вами отпечатком.</translation>
    </message>
    <message>
      <source>REVOKED: this key was revoked; its bundles are refused.</source>
      <translation>ОТОЗВАН: этот ключ отозван; его пакеты отклоняются.</translation>
    </message>
    <message>
      <source>NOT VERIFIED: this vault does not know this key. Compare the fingerprint above, group by group, with the one the sender read out to you by another route before you trust it.</source>
      <translation>НЕ ПОДТВЕРЖДЁН: этому хранилищу ключ неизвестен. Прежде чем доверять ему, сверьте приведённый выше отпечаток, группу за группой, с тем, который отправитель зачитал вам по другому каналу.</translation>
    </message>
    <message>
      <source>Trusting the signer</source>
      <translation>Подписант становится доверенным</translation>
    </message>
    <message>
      <source>Import from an unverified signer</source>
      <translation>Импорт от неподтверждённого подписанта</translation>
    </message>
    <message>
      <source>Nobody has confirmed who signed this bundle. Import it anyway? Every record will say signer UNVERIFIED; trusting the key later raises them.</source>
      <translation>Никто не подтвердил, кто подписал этот пакет. Всё равно импортировать? В каждой записи будет указано «подписант НЕ ПОДТВЕРЖДЁН»; если позже довериться ключу, отметка снимется.</translation>
    </message>
    <message>
      <source>Importing the bundle</source>
      <translation>Импорт пакета</translation>
    </message>
    <message>
      <source>Ask the sender to read out their fingerprint by another route (phone, in person; not the channel the bundle came by) and compare it group by group:</source>
      <translation>Попросите отправителя зачитать отпечаток по другому каналу (по телефону, лично; не тем путём, которым пришёл пакет) и сверьте группу за группой:</translation>
    </message>
    <message>
      <source>Choose a bundle folder or file first.</source>
      <translation>Сначала выберите папку или файл пакета.</translation>
    </message>
    <message>
      <source>Choose a bundle and press Verify.</source>
      <translation>Выберите пакет и нажмите «Проверить».</translation>
    </message>
    <message>
      <source>This bundle is refused.</source>
      <translation>Этот пакет отклонён.</translation>
    </message>
    <message>
      <source>TRUSTED: {name}, a signer this vault trusts.</source>
      <translation>ДОВЕРЕННЫЙ: {name}, подписант, которому доверяет это хранилище.</translation>
    </message>
    <message>
      <source>Imported as case {code}: {statements} statement(s), {attachments} attachment(s), {persons} person(s); signer {status}.</source>
      <translation>Импортировано как дело {code}: показаний — {statements}, вложений — {attachments}, лиц — {persons}; подписант: {status}.</translation>
    </message>
    <message>
      <source>The bundle is intact and signed, but the signer is not verified: compare the fingerprint with the one the sender read out to you.</source>
      <translation>Пакет цел и подписан, но подписант не подтверждён: сверьте отпечаток с тем, который зачитал вам отправитель.</translation>
    </message>
    <message>
      <source>Not every check could run; the bundle is not accepted.</source>
      <translation>Не все проверки удалось выполнить; пакет не принят.</translation>
    </message>
    <message>
      <source>The bundle checks out; the signer's key matches the fingerprint given.</source>
      <translation>Пакет прошёл проверку; ключ подписанта совпадает с указанным отпечатком.</translation>
    </message>
    <message>
      <source>Refused: {check}: {detail}</source>
      <translation>Отклонено: {check}: {detail}</translation>
    </message>
    <message>
      <source>The bundle checks out, signed by {name}, a signer this vault trusts.</source>
      <translation>Пакет прошёл проверку, подписан: {name} — подписант, которому доверяет это хранилище.</translation>
    </message>
    <message>
      <source>withdrawn: shares with nobody</source>
      <translation>отозвано: не передавать никому</translation>
    </message>
    <message>
      <source>shares with {who}</source>
      <translation>передавать: {who}</translation>
    </message>
    <message>
      <source>Consent history, newest first</source>
      <translation>История согласия, сначала новые</translation>
    </message>
    <message>
      <source>Consents to share</source>
      <translation>Согласен(на) на передачу</translation>
    </message>
    <message>
      <source>Withdraws consent</source>
      <translation>Отзывает согласие</translation>
    </message>
    <message>
      <source>Decision</source>
      <translation>Решение</translation>
    </message>
    <message>
      <source>Share with</source>
      <translation>Передавать</translation>
    </message>
    <message>
      <source>required (not named)</source>
      <translation>требуется (имя не раскрывается)</translation>
    </message>
    <message>
      <source>waived (may be named)</source>
      <translation>не требуется (имя можно назвать)</translation>
    </message>
    <message>
      <source>Anonymity</source>
      <translation>Анонимность</translation>
    </message>
    <message>
      <source>may be contacted again</source>
      <translation>можно связаться повторно</translation>
    </message>
    <message>
      <source>May be contacted again</source>
      <translation>Можно связаться повторно</translation>
    </message>
    <message>
      <source>Re-contact</source>
      <translation>Повторный контакт</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>empty: today</source>
      <translation>пусто: сегодня</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Примечание</translation>
    </message>
    <message>
      <source>Record decision</source>
      <translation>Записать решение</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Reading</source>
      <translation>Чтение</translation>
    </message>
    <message>
      <source>History (newest first)</source>
      <translation>История (сначала новые)</translation>
    </message>
    <message>
      <source>&lt;b&gt;A new decision&lt;/b&gt;</source>
      <translation>&lt;b&gt;Новое решение&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Date of the decision</source>
      <translation>Дата решения</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>да</translation>
    </message>
    <message>
      <source>no</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>Consent of {code}</source>
      <translation>Согласие: {code}</translation>
    </message>
    <message>
      <source>Share with {who}</source>
      <translation>Передавать: {who}</translation>
    </message>
    <message>
      <source>Anonymity {choice}</source>
      <translation>Анонимность: {choice}</translation>
    </message>
    <message>
      <source>Custody log</source>
      <translation>Журнал хранения доказательств</translation>
    </message>
    <message>
      <source>Verify chain</source>
      <translation>Проверить цепочку</translation>
    </message>
    <message>
      <source>Check that no custody event was changed, removed or inserted</source>
      <translation>Проверить, что ни одно событие хранения не было изменено, удалено или вставлено</translation>
    </message>
    <message>
      <source>Check vault</source>
      <translation>Проверить хранилище</translation>
    </message>
    <message>
      <source>Check the database, every file's integrity and the custody log</source>
      <translation>Проверить базу данных, целостность каждого файла и журнал хранения доказательств</translation>
    </message>
    <message>
      <source>Result</source>
      <translation>Результат</translation>
    </message>
    <message>
      <source>Verifying the custody log</source>
      <translation>Проверка журнала хранения доказательств</translation>
    </message>
    <message>
      <source>Checking the vault</source>
      <translation>Проверка хранилища</translation>
    </message>
    <message>
      <source>{what}…</source>
      <translation>{what}…</translation>
    </message>
    <message>
      <source>Cancelled before the end; nothing was changed.</source>
      <translation>Отменено до завершения; ничего не изменено.</translation>
    </message>
    <message>
      <source>Problem</source>
      <translation>Проблема</translation>
    </message>
    <message>
      <source>Evidence Vault</source>
      <translation>Evidence Vault</translation>
    </message>
    <message>
      <source>Notice</source>
      <translation>Уведомление</translation>
    </message>
    <message>
      <source>Unexpected error</source>
      <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
      <source>Something went wrong inside Evidence Vault. Your vault was not changed beyond the last completed step and the app keeps running.

If you report this, copy the text below: it holds no case data.</source>
      <translation>Внутри Evidence Vault что-то пошло не так. Хранилище не изменилось после последнего завершённого шага, приложение продолжает работу.

Если будете сообщать об ошибке, скопируйте текст ниже: в нём нет данных дела.</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Что произошло</translation>
    </message>
    <message>
      <source>Error report</source>
      <translation>Отчёт об ошибке</translation>
    </message>
    <message>
      <source>Copy report</source>
      <translation>Копировать отчёт</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Код</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Имя файла</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Taken in</source>
      <translation>Принят</translation>
    </message>
    <message>
      <source>Belongs to</source>
      <translation>Относится к</translation>
    </message>
    <message>
      <source>Inside the file</source>
      <translation>Содержимое файла</translation>
    </message>
    <message>
      <source>Evidence</source>
      <translation>Доказательства</translation>
    </message>
    <message>
      <source>Add files…</source>
      <translation>Добавить файлы…</translation>
    </message>
    <message>
      <source>Or drop files onto this tab</source>
      <translation>Или перетащите файлы на эту вкладку</translation>
    </message>
    <message>
      <source>Redact…</source>
      <translation>Скрыть сведения…</translation>
    </message>
    <message>
      <source>Boxes on the picture or PDF, preview as exported, review</source>
      <translation>Рамки на изображении или в PDF, просмотр в виде для экспорта, проверка</translation>
    </message>
    <message>
      <source>Add files to the case</source>
      <translation>Добавить файлы в дело</translation>
    </message>
    <message>
      <source>the case (no statement)</source>
      <translation>дело (без показаний)</translation>
    </message>
    <message>
      <source>not recorded (taken in before SHA-512 was kept)</source>
      <translation>не записан (файл принят до того, как стал сохраняться SHA-512)</translation>
    </message>
    <message>
      <source>Only files on this computer can be taken in: save the file here first. Nothing was taken in.</source>
      <translation>Принимать можно только файлы с этого компьютера: сначала сохраните файл здесь. Ничего не принято.</translation>
    </message>
    <message>
      <source>Every chosen statement's witness consented to this profile.</source>
      <translation>Свидетели всех выбранных показаний дали согласие для этого профиля.</translation>
    </message>
    <message>
      <source>Left out for want of consent (names shown only here; the bundle and the custody log hold counts only):</source>
      <translation>Исключено из-за отсутствия согласия (имена видны только здесь; пакет и журнал хранения содержат лишь количество):</translation>
    </message>
    <message>
      <source>Stops the export: possible redactions nobody decided for this profile in:</source>
      <translation>Экспорт остановлен: для этого профиля не приняты решения о возможном скрытии сведений в:</translation>
    </message>
    <message>
      <source>Decide them in the statement's redaction view, or leave these statements out.</source>
      <translation>Примите решения в окне скрытия сведений для этих показаний или исключите их.</translation>
    </message>
    <message>
      <source>Left out, not reviewed as exported for this profile:</source>
      <translation>Исключено, не проверено в виде для экспорта для этого профиля:</translation>
    </message>
    <message>
      <source>Every attachment going out was reviewed as exported.</source>
      <translation>Все передаваемые вложения проверены в виде для экспорта.</translation>
    </message>
    <message>
      <source>Also left out:</source>
      <translation>Также исключено:</translation>
    </message>
    <message>
      <source>Before writing</source>
      <translation>Перед записью</translation>
    </message>
    <message>
      <source>Planning the export…</source>
      <translation>Планирование экспорта…</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Согласие</translation>
    </message>
    <message>
      <source>Consent summary</source>
      <translation>Сводка по согласию</translation>
    </message>
    <message>
      <source>Redaction</source>
      <translation>Скрытие сведений</translation>
    </message>
    <message>
      <source>Redaction summary</source>
      <translation>Сводка по скрытию сведений</translation>
    </message>
    <message>
      <source>Leave those statements out of this export</source>
      <translation>Исключить эти показания из экспорта</translation>
    </message>
    <message>
      <source>I have read who and what is left out and what is redacted: write exactly this.</source>
      <translation>Я прочитал(а), кто и что исключено и что скрыто: записать именно это.</translation>
    </message>
    <message>
      <source>Confirm the summaries</source>
      <translation>Подтвердите сводки</translation>
    </message>
    <message>
      <source>Planning the export</source>
      <translation>Планирование экспорта</translation>
    </message>
    <message>
      <source>This export cannot be written as it stands.</source>
      <translation>Этот экспорт нельзя записать в нынешнем виде.</translation>
    </message>
    <message>
      <source>Writing the bundle</source>
      <translation>Запись пакета</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Ход выполнения</translation>
    </message>
    <message>
      <source>Cancel writing</source>
      <translation>Отменить запись</translation>
    </message>
    <message>
      <source>Signed by this vault's key. Read these groups out to the recipient by another route (phone, in person), so they can check who signed it:</source>
      <translation>Подписано ключом этого хранилища. Зачитайте эти группы получателю по другому каналу (по телефону, лично), чтобы он мог проверить, кто подписал:</translation>
    </message>
    <message>
      <source>Copy the fingerprint</source>
      <translation>Копировать отпечаток</translation>
    </message>
    <message>
      <source>Verification of the written bundle</source>
      <translation>Проверка записанного пакета</translation>
    </message>
    <message>
      <source>Starting…</source>
      <translation>Начало…</translation>
    </message>
    <message>
      <source>Not written</source>
      <translation>Не записано</translation>
    </message>
    <message>
      <source>Nothing is left to export; the summaries say why.</source>
      <translation>Экспортировать нечего; причины указаны в сводках.</translation>
    </message>
    <message>
      <source>Cancelling…</source>
      <translation>Отмена…</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Отменено</translation>
    </message>
    <message>
      <source>Cancelled: no bundle was written and nothing was left behind.</source>
      <translation>Отменено: пакет не записан, ничего не осталось.</translation>
    </message>
    <message>
      <source>Encrypted for its recipients: it can be verified once opened with one of their identities (Vault &gt; Open a bundle…).</source>
      <translation>Зашифровано для получателей: проверить пакет можно, открыв его одним из их идентификаторов (Хранилище &gt; Открыть пакет…).</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Готово</translation>
    </message>
    <message>
      <source>Written, but…</source>
      <translation>Записано, но…</translation>
    </message>
    <message>
      <source>• {name} ({code}): {why} — statements {statements}</source>
      <translation>• {name} ({code}): {why} — показания {statements}</translation>
    </message>
    <message>
      <source>Removed from the texts: {removed}.</source>
      <translation>Удалено из текстов: {removed}.</translation>
    </message>
    <message>
      <source>Something must be decided before this export.</source>
      <translation>Перед этим экспортом нужно принять решение.</translation>
    </message>
    <message>
      <source>Written: {out} ({form}).</source>
      <translation>Записано: {out} ({form}).</translation>
    </message>
    <message>
      <source>Profile {profile}: {statements} statement(s), {attachments} attachment(s).</source>
      <translation>Профиль {profile}: показаний — {statements}, вложений — {attachments}.</translation>
    </message>
    <message>
      <source>Profile {profile}: {statements} statement(s) and {attachments} attachment(s) go to {where}.</source>
      <translation>Профиль {profile}: показаний — {statements}, вложений — {attachments}; место записи: {where}.</translation>
    </message>
    <message>
      <source>What to export</source>
      <translation>Что экспортировать</translation>
    </message>
    <message>
      <source>Untick what should not go. A statement's evidence goes only with its statement; whose statements may go at all is decided by consent, shown before anything is written.</source>
      <translation>Снимите отметку с того, что не должно уйти. Доказательства к показаниям уходят только вместе с показаниями; чьи показания вообще могут уйти, решает согласие — это будет показано до записи.</translation>
    </message>
    <message>
      <source>Statements and evidence to export</source>
      <translation>Показания и доказательства для экспорта</translation>
    </message>
    <message>
      <source>Reading the case</source>
      <translation>Чтение дела</translation>
    </message>
    <message>
      <source>Who it is for</source>
      <translation>Для кого</translation>
    </message>
    <message>
      <source>The profile decides who is named and who is coded.</source>
      <translation>Профиль определяет, кто называется по имени, а кто — по коду.</translation>
    </message>
    <message>
      <source>Export profile</source>
      <translation>Профиль экспорта</translation>
    </message>
    <message>
      <source>Profile:</source>
      <translation>Профиль:</translation>
    </message>
    <message>
      <source>As the profile says</source>
      <translation>Как указано в профиле</translation>
    </message>
    <message>
      <source>Name them</source>
      <translation>Называть по имени</translation>
    </message>
    <message>
      <source>Code them</source>
      <translation>Заменять кодом</translation>
    </message>
    <message>
      <source>Perpetrators</source>
      <translation>Исполнители</translation>
    </message>
    <message>
      <source>Perpetrators:</source>
      <translation>Исполнители:</translation>
    </message>
    <message>
      <source>Include audio and video (voices and faces identify)</source>
      <translation>Включить аудио и видео (голоса и лица позволяют установить личность)</translation>
    </message>
    <message>
      <source>Include audio and video</source>
      <translation>Включить аудио и видео</translation>
    </message>
    <message>
      <source>Where to, and for whom</source>
      <translation>Куда и для кого</translation>
    </message>
    <message>
      <source>An encrypted file can be opened only with one of the recipients' age identities; the evidence profile (real names) must be encrypted.</source>
      <translation>Зашифрованный файл можно открыть только идентификатором age одного из получателей; профиль «доказательства» (настоящие имена) обязательно шифруется.</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
    <message>
      <source>Zip file</source>
      <translation>Zip-файл</translation>
    </message>
    <message>
      <source>Encrypted file (age)</source>
      <translation>Зашифрованный файл (age)</translation>
    </message>
    <message>
      <source>Bundle to write</source>
      <translation>Пакет для записи</translation>
    </message>
    <message>
      <source>Where the bundle is written (it must not exist yet)</source>
      <translation>Куда записать пакет (он ещё не должен существовать)</translation>
    </message>
    <message>
      <source>Write the bundle to</source>
      <translation>Записать пакет в</translation>
    </message>
    <message>
      <source>Export a bundle</source>
      <translation>Экспорт пакета</translation>
    </message>
    <message>
      <source>Write the bundle</source>
      <translation>Записать пакет</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Запись</translation>
    </message>
    <message>
      <source>Witness / statement</source>
      <translation>Свидетель / показания</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Сведения</translation>
    </message>
    <message>
      <source>Statements</source>
      <translation>Показания</translation>
    </message>
    <message>
      <source>the case</source>
      <translation>дело</translation>
    </message>
    <message>
      <source>Why this correction</source>
      <translation>Причина исправления</translation>
    </message>
    <message>
      <source>e.g. name misspelled in the interview notes</source>
      <translation>напр. имя с ошибкой в записях опроса</translation>
    </message>
    <message>
      <source>Saving</source>
      <translation>Сохранение</translation>
    </message>
    <message>
      <source>Say why this record is corrected.</source>
      <translation>Укажите, почему исправляется эта запись.</translation>
    </message>
    <message>
      <source>New incident</source>
      <translation>Новый инцидент</translation>
    </message>
    <message>
      <source>Correct incident</source>
      <translation>Исправить инцидент</translation>
    </message>
    <message>
      <source>Violation</source>
      <translation>Нарушение</translation>
    </message>
    <message>
      <source>2020-11-09, 2020-11, 2020 or around 2020</source>
      <translation>2020-11-09, 2020-11, 2020 или около 2020</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Facility</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(нет)</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <source>New facility</source>
      <translation>Новое учреждение</translation>
    </message>
    <message>
      <source>Correct facility</source>
      <translation>Исправить учреждение</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Aliases (one a line)</source>
      <translation>Другие имена (по одному в строке)</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Примечания</translation>
    </message>
    <message>
      <source>Violation type</source>
      <translation>Вид нарушения</translation>
    </message>
    <message>
      <source>Date of the incident</source>
      <translation>Дата инцидента</translation>
    </message>
    <message>
      <source>Aliases, one a line</source>
      <translation>Другие имена, по одному в строке</translation>
    </message>
    <message>
      <source>Facility type</source>
      <translation>Тип учреждения</translation>
    </message>
    <message>
      <source>Incidents &amp;&amp; facilities</source>
      <translation>Инциденты и учреждения</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Инциденты</translation>
    </message>
    <message>
      <source>New incident…</source>
      <translation>Новый инцидент…</translation>
    </message>
    <message>
      <source>Correct…</source>
      <translation>Исправить…</translation>
    </message>
    <message>
      <source>Retract…</source>
      <translation>Отозвать…</translation>
    </message>
    <message>
      <source>Facilities</source>
      <translation>Учреждения</translation>
    </message>
    <message>
      <source>New facility…</source>
      <translation>Новое учреждение…</translation>
    </message>
    <message>
      <source>retracted: {reason}</source>
      <translation>отозвано: {reason}</translation>
    </message>
    <message>
      <source>Links</source>
      <translation>Связи</translation>
    </message>
    <message>
      <source>Retracted</source>
      <translation>Отозвано</translation>
    </message>
    <message>
      <source>Corrections</source>
      <translation>Исправления</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Добавлено</translation>
    </message>
    <message>
      <source>Aliases</source>
      <translation>Другие имена</translation>
    </message>
    <message>
      <source>Take files in</source>
      <translation>Приём файлов</translation>
    </message>
    <message>
      <source>These files will be encrypted into the vault. The originals are not changed and stay where they are.</source>
      <translation>Эти файлы будут зашифрованы в хранилище. Оригиналы не изменяются и остаются на месте.</translation>
    </message>
    <message>
      <source>Files to take in</source>
      <translation>Файлы для приёма</translation>
    </message>
    <message>
      <source>Statement the files belong to</source>
      <translation>Показания, к которым относятся файлы</translation>
    </message>
    <message>
      <source>None: the files belong to the case</source>
      <translation>Нет: файлы относятся к делу</translation>
    </message>
    <message>
      <source>Belongs to statement:</source>
      <translation>Относятся к показаниям:</translation>
    </message>
    <message>
      <source>Intake progress</source>
      <translation>Ход приёма</translation>
    </message>
    <message>
      <source>Intake status</source>
      <translation>Состояние приёма</translation>
    </message>
    <message>
      <source>Notes after intake</source>
      <translation>Замечания после приёма</translation>
    </message>
    <message>
      <source>Take it in again</source>
      <translation>Принять ещё раз</translation>
    </message>
    <message>
      <source>Take in</source>
      <translation>Принять</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Taking files in</source>
      <translation>Приём файлов</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Файл</translation>
    </message>
    <message>
      <source>not taken in</source>
      <translation>не принят</translation>
    </message>
    <message>
      <source>Cancelled: nothing was taken in.</source>
      <translation>Отменено: ничего не принято.</translation>
    </message>
    <message>
      <source>waiting</source>
      <translation>ожидание</translation>
    </message>
    <message>
      <source>encrypted</source>
      <translation>зашифрован</translation>
    </message>
    <message>
      <source>{n} file(s) taken in, encrypted.</source>
      <translation>Принято и зашифровано файлов: {n}.</translation>
    </message>
    <message>
      <source>Location: {line}.</source>
      <translation>Место: {line}.</translation>
    </message>
    <message>
      <source>Encrypting {name} (file {n} of {count})</source>
      <translation>Шифрование {name} (файл {n} из {count})</translation>
    </message>
    <message>
      <source>taken in as {code}</source>
      <translation>принят как {code}</translation>
    </message>
    <message>
      <source>Note: {text}.</source>
      <translation>Замечание: {text}.</translation>
    </message>
    <message>
      <source>Take it in again anyway, as a new attachment?</source>
      <translation>Всё равно принять ещё раз, как новое вложение?</translation>
    </message>
    <message>
      <source>Retracting</source>
      <translation>Отзыв</translation>
    </message>
    <message>
      <source>Retract {what}</source>
      <translation>Отозвать: {what}</translation>
    </message>
    <message>
      <source>Retract {what}? It stays in the vault but is hidden from lists, search and exports. A retraction cannot be undone.</source>
      <translation>Отозвать {what}? Запись останется в хранилище, но исчезнет из списков, поиска и экспорта. Отзыв нельзя отменить.</translation>
    </message>
    <message>
      <source>Why is {what} retracted? (kept in the vault)</source>
      <translation>Почему отзывается {what}? (сохраняется в хранилище)</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation>не записано</translation>
    </message>
    <message>
      <source>may be re-contacted</source>
      <translation>можно связаться повторно</translation>
    </message>
    <message>
      <source>no re-contact</source>
      <translation>без повторного контакта</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Роли</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <source>Consent history</source>
      <translation>История согласия</translation>
    </message>
    <message>
      <source>Statements given</source>
      <translation>Данные показания</translation>
    </message>
    <message>
      <source>Imported</source>
      <translation>Импортировано</translation>
    </message>
    <message>
      <source>People</source>
      <translation>Лица</translation>
    </message>
    <message>
      <source>New person…</source>
      <translation>Новое лицо…</translation>
    </message>
    <message>
      <source>Consent…</source>
      <translation>Согласие…</translation>
    </message>
    <message>
      <source>since {date}</source>
      <translation>с {date}</translation>
    </message>
    <message>
      <source>from a bundle</source>
      <translation>из пакета</translation>
    </message>
    <message>
      <source>Person saved</source>
      <translation>Лицо сохранено</translation>
    </message>
    <message>
      <source>Name clash</source>
      <translation>Совпадение имён</translation>
    </message>
    <message>
      <source>anonymity {choice}</source>
      <translation>анонимность: {choice}</translation>
    </message>
    <message>
      <source>No. {n}, {date}: {decision}</source>
      <translation>№ {n}, {date}: {decision}</translation>
    </message>
    <message>
      <source>Person {code} is saved. Please check:</source>
      <translation>Лицо {code} сохранено. Проверьте:</translation>
    </message>
    <message>
      <source>New person</source>
      <translation>Новое лицо</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>1984-03-02, 1984-03, 1984 or around 1984</source>
      <translation>1984-03-02, 1984-03, 1984 или около 1984</translation>
    </message>
    <message>
      <source>The correction replaces what is shown everywhere; the custody log keeps that it was made, by whom and when, and which fields changed; the reason stays in the vault with it and is never exported.</source>
      <translation>Исправление заменяет показанное везде; журнал хранения доказательств сохраняет, что оно было сделано, кем и когда и какие поля изменены; причина хранится вместе с ним в хранилище и никогда не экспортируется.</translation>
    </message>
    <message>
      <source>empty: no date of birth</source>
      <translation>пусто: дата рождения не указана</translation>
    </message>
    <message>
      <source>Date of birth</source>
      <translation>Дата рождения</translation>
    </message>
    <message>
      <source>Correct person {code}</source>
      <translation>Исправить лицо {code}</translation>
    </message>
    <message>
      <source>Role {role}</source>
      <translation>Роль: {role}</translation>
    </message>
    <message>
      <source>Preview</source>
      <translation>Просмотр</translation>
    </message>
    <message>
      <source>Preview picture</source>
      <translation>Изображение для просмотра</translation>
    </message>
    <message>
      <source>Preview message</source>
      <translation>Сообщение просмотра</translation>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>Подготовка просмотра…</translation>
    </message>
    <message>
      <source>Preparing the preview</source>
      <translation>Подготовка просмотра</translation>
    </message>
    <message>
      <source>{w} × {h} pixels</source>
      <translation>{w} × {h} пикселей</translation>
    </message>
    <message>
      <source>No preview for this file.</source>
      <translation>Для этого файла нет просмотра.</translation>
    </message>
    <message>
      <source>No preview: {why}</source>
      <translation>Нет просмотра: {why}</translation>
    </message>
    <message>
      <source>Forget this recipient? Bundles already encrypted for it are not changed.</source>
      <translation>Забыть этого получателя? Пакеты, уже зашифрованные для него, не изменятся.</translation>
    </message>
    <message>
      <source>Add a recipient</source>
      <translation>Добавить получателя</translation>
    </message>
    <message>
      <source>Recipient's name</source>
      <translation>Имя получателя</translation>
    </message>
    <message>
      <source>Who holds the key, e.g. HQ legal team</source>
      <translation>У кого ключ, напр. «Юридический отдел штаб-квартиры»</translation>
    </message>
    <message>
      <source>Recipient's age public key</source>
      <translation>Открытый ключ age получателя</translation>
    </message>
    <message>
      <source>age1…</source>
      <translation>age1…</translation>
    </message>
    <message>
      <source>Public key:</source>
      <translation>Открытый ключ:</translation>
    </message>
    <message>
      <source>Recipients</source>
      <translation>Получатели</translation>
    </message>
    <message>
      <source>Recipients of the encrypted bundle</source>
      <translation>Получатели зашифрованного пакета</translation>
    </message>
    <message>
      <source>Add…</source>
      <translation>Добавить…</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Reading recipients</source>
      <translation>Чтение получателей</translation>
    </message>
    <message>
      <source>Saving the recipient</source>
      <translation>Сохранение получателя</translation>
    </message>
    <message>
      <source>Removing the recipient</source>
      <translation>Удаление получателя</translation>
    </message>
    <message>
      <source>Remove a recipient</source>
      <translation>Удалить получателя</translation>
    </message>
    <message>
      <source>Filter this list</source>
      <translation>Фильтр этого списка</translation>
    </message>
    <message>
      <source>Filter {what}</source>
      <translation>Фильтр: {what}</translation>
    </message>
    <message>
      <source>{n} shown</source>
      <translation>Показано: {n}</translation>
    </message>
    <message>
      <source>name or alias of a person</source>
      <translation>имя или другое имя лица</translation>
    </message>
    <message>
      <source>phone number</source>
      <translation>номер телефона</translation>
    </message>
    <message>
      <source>phone-like number</source>
      <translation>похоже на номер телефона</translation>
    </message>
    <message>
      <source>e-mail address</source>
      <translation>адрес электронной почты</translation>
    </message>
    <message>
      <source>messenger or social handle</source>
      <translation>имя в мессенджере или соцсети</translation>
    </message>
    <message>
      <source>id or document number</source>
      <translation>номер удостоверения или документа</translation>
    </message>
    <message>
      <source>coordinates</source>
      <translation>координаты</translation>
    </message>
    <message>
      <source>added by hand</source>
      <translation>добавлено вручную</translation>
    </message>
    <message>
      <source>undecided</source>
      <translation>решение не принято</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>принято</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>отклонено</translation>
    </message>
    <message>
      <source>kept by profile</source>
      <translation>сохранено по профилю</translation>
    </message>
    <message>
      <source>identity (a name)</source>
      <translation>личность (имя)</translation>
    </message>
    <message>
      <source>contact (phone, e-mail, handle)</source>
      <translation>контакт (телефон, эл. почта, имя в сети)</translation>
    </message>
    <message>
      <source>location</source>
      <translation>место</translation>
    </message>
    <message>
      <source>document or id number</source>
      <translation>номер документа или удостоверения</translation>
    </message>
    <message>
      <source>other</source>
      <translation>другое</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Перевод</translation>
    </message>
    <message>
      <source>Original</source>
      <translation>Оригинал</translation>
    </message>
    <message>
      <source>their code</source>
      <translation>их код</translation>
    </message>
    <message>
      <source>{profile}: not reviewed</source>
      <translation>{profile}: не проверено</translation>
    </message>
    <message>
      <source>Export profile:</source>
      <translation>Профиль экспорта:</translation>
    </message>
    <message>
      <source>Preview as exported</source>
      <translation>Просмотр в виде для экспорта</translation>
    </message>
    <message>
      <source>Show exactly the file the recipient gets for this profile (read-only)</source>
      <translation>Показать именно тот файл, который получатель получит по этому профилю (только чтение)</translation>
    </message>
    <message>
      <source>Mark reviewed</source>
      <translation>Отметить как проверенное</translation>
    </message>
    <message>
      <source>Record that you looked at the file shown, as exported</source>
      <translation>Записать, что вы просмотрели показанный файл в виде для экспорта</translation>
    </message>
    <message>
      <source>What the preview shows</source>
      <translation>Что показывает просмотр</translation>
    </message>
    <message>
      <source>Review state</source>
      <translation>Состояние проверки</translation>
    </message>
    <message>
      <source>{profile}: reviewed as exported</source>
      <translation>{profile}: проверено в виде для экспорта</translation>
    </message>
    <message>
      <source>{profile}: needs a new look ({why})</source>
      <translation>{profile}: нужно просмотреть заново ({why})</translation>
    </message>
    <message>
      <source>changed since the review</source>
      <translation>изменено после проверки</translation>
    </message>
    <message>
      <source>As exported for {profile}: {type}, SHA-256 {sha}</source>
      <translation>В виде для экспорта по профилю {profile}: {type}, SHA-256 {sha}</translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <source> min</source>
      <translation> мин</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Никогда</translation>
    </message>
    <message>
      <source>Lock after minutes without input</source>
      <translation>Блокировать через столько минут бездействия</translation>
    </message>
    <message>
      <source>Lock after this long without input:</source>
      <translation>Блокировать после бездействия в течение:</translation>
    </message>
    <message>
      <source>Remember this vault's folder on this computer</source>
      <translation>Запомнить папку этого хранилища на этом компьютере</translation>
    </message>
    <message>
      <source>These settings are kept inside the encrypted vault. Only the folder's path is noted outside it, so that the next start opens this vault; turn remembering off and the note is removed.</source>
      <translation>Эти настройки хранятся внутри зашифрованного хранилища. Вне его записывается только путь к папке, чтобы при следующем запуске открывалось это хранилище; если отключить запоминание, запись удаляется.</translation>
    </message>
    <message>
      <source>The demo vault is thrown away on quit.</source>
      <translation>Демонстрационное хранилище удаляется при выходе.</translation>
    </message>
    <message>
      <source>Witness statements and files, encrypted on this computer, redacted before they leave, exported as signed bundles.</source>
      <translation>Показания свидетелей и файлы — зашифрованы на этом компьютере, сведения скрываются перед передачей, экспорт в виде подписанных пакетов.</translation>
    </message>
    <message>
      <source>Create a new vault…</source>
      <translation>Создать новое хранилище…</translation>
    </message>
    <message>
      <source>Open a vault folder…</source>
      <translation>Открыть папку хранилища…</translation>
    </message>
    <message>
      <source>Open a vault folder</source>
      <translation>Открыть папку хранилища</translation>
    </message>
    <message>
      <source>Vault folder</source>
      <translation>Папка хранилища</translation>
    </message>
    <message>
      <source>an empty or new folder</source>
      <translation>пустая или новая папка</translation>
    </message>
    <message>
      <source>Folder:</source>
      <translation>Папка:</translation>
    </message>
    <message>
      <source>Your name in the custody log</source>
      <translation>Ваше имя в журнале хранения доказательств</translation>
    </message>
    <message>
      <source>Your name (custody log):</source>
      <translation>Ваше имя (журнал хранения):</translation>
    </message>
    <message>
      <source>Passphrase</source>
      <translation>Парольная фраза</translation>
    </message>
    <message>
      <source>Passphrase again</source>
      <translation>Парольная фраза ещё раз</translation>
    </message>
    <message>
      <source>Passphrase:</source>
      <translation>Парольная фраза:</translation>
    </message>
    <message>
      <source>Passphrase again:</source>
      <translation>Ещё раз:</translation>
    </message>
    <message>
      <source>Passphrase strength</source>
      <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
      <source>Strength:</source>
      <translation>Надёжность:</translation>
    </message>
    <message>
      <source>There is no way back in without your passphrase or the recovery code shown next. If both are lost, the evidence in this vault is lost for good: nobody, including the makers of this app, can open it.</source>
      <translation>Без парольной фразы или кода восстановления, который будет показан далее, войти будет невозможно. Если утеряны оба, доказательства в этом хранилище утеряны навсегда: открыть его не сможет никто, в том числе создатели приложения.</translation>
    </message>
    <message>
      <source>Warning</source>
      <translation>Предупреждение</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Назад</translation>
    </message>
    <message>
      <source>Create vault</source>
      <translation>Создать хранилище</translation>
    </message>
    <message>
      <source>Folder for the new vault</source>
      <translation>Папка для нового хранилища</translation>
    </message>
    <message>
      <source>Too short: at least 8 characters.</source>
      <translation>Слишком коротко: не менее 8 символов.</translation>
    </message>
    <message>
      <source>Write this code on paper and keep it apart from the laptop. It opens the vault if the passphrase is forgotten. It is shown only now.</source>
      <translation>Запишите этот код на бумаге и храните отдельно от ноутбука. Он открывает хранилище, если парольная фраза забыта. Он показывается только сейчас.</translation>
    </message>
    <message>
      <source>Recovery code</source>
      <translation>Код восстановления</translation>
    </message>
    <message>
      <source>I have written it down</source>
      <translation>Я записал(а) его</translation>
    </message>
    <message>
      <source>I have written the recovery code down</source>
      <translation>Я записал(а) код восстановления</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>Продолжить</translation>
    </message>
    <message>
      <source>Use the recovery code instead</source>
      <translation>Использовать код восстановления</translation>
    </message>
    <message>
      <source>Unlocking</source>
      <translation>Разблокировка</translation>
    </message>
    <message>
      <source>Another vault…</source>
      <translation>Другое хранилище…</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Разблокировать</translation>
    </message>
    <message>
      <source>Create a vault</source>
      <translation>Создание хранилища</translation>
    </message>
    <message>
      <source>{label}; a guessing attack on a seized laptop would take {time}.</source>
      <translation>{label}; подбор на изъятом ноутбуке занял бы {time}.</translation>
    </message>
    <message>
      <source>Choose a folder for the vault.</source>
      <translation>Выберите папку для хранилища.</translation>
    </message>
    <message>
      <source>The two passphrases differ; type the second one again.</source>
      <translation>Парольные фразы не совпадают; введите вторую ещё раз.</translation>
    </message>
    <message>
      <source>The passphrase must have at least 8 characters.</source>
      <translation>Парольная фраза должна содержать не менее 8 символов.</translation>
    </message>
    <message>
      <source>Creating the vault</source>
      <translation>Создание хранилища</translation>
    </message>
    <message>
      <source>Your recovery code</source>
      <translation>Ваш код восстановления</translation>
    </message>
    <message>
      <source>Unlock the vault</source>
      <translation>Разблокировать хранилище</translation>
    </message>
    <message>
      <source>Recovery code:</source>
      <translation>Код восстановления:</translation>
    </message>
    <message>
      <source>Vault folder: {folder}</source>
      <translation>Папка хранилища: {folder}</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Interview date</source>
      <translation>Дата опроса</translation>
    </message>
    <message>
      <source>2020-11-09, 2020-11, 2020 or ~2020-11</source>
      <translation>2020-11-09, 2020-11, 2020 или ~2020-11</translation>
    </message>
    <message>
      <source>Interviewer</source>
      <translation>Опрашивающий</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Переводчик</translation>
    </message>
    <message>
      <source>Translation language</source>
      <translation>Язык перевода</translation>
    </message>
    <message>
      <source>Correct what was entered wrongly; the text is not changed. You will be asked why.</source>
      <translation>Исправьте то, что было введено ошибочно; текст не изменяется. Вас спросят о причине.</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>Язык:</translation>
    </message>
    <message>
      <source>Interview date:</source>
      <translation>Дата опроса:</translation>
    </message>
    <message>
      <source>Place:</source>
      <translation>Место:</translation>
    </message>
    <message>
      <source>Interviewer:</source>
      <translation>Опрашивающий:</translation>
    </message>
    <message>
      <source>Interpreter:</source>
      <translation>Переводчик:</translation>
    </message>
    <message>
      <source>Kind:</source>
      <translation>Вид:</translation>
    </message>
    <message>
      <source>Translation language:</source>
      <translation>Язык перевода:</translation>
    </message>
    <message>
      <source>Why are these details corrected? (kept in the vault with the change)</source>
      <translation>Почему исправляются эти сведения? (сохраняется в хранилище вместе с изменением)</translation>
    </message>
    <message>
      <source>The text and the translation are unchanged: nothing to save.</source>
      <translation>Текст и перевод не изменены: сохранять нечего.</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Ничего не изменено.</translation>
    </message>
    <message>
      <source>A correction needs a reason; nothing was changed.</source>
      <translation>Для исправления нужна причина; ничего не изменено.</translation>
    </message>
    <message>
      <source>Edit text of {code}</source>
      <translation>Правка текста {code}</translation>
    </message>
    <message>
      <source>Saving makes version {n}; every earlier version is kept as it was. Redaction decisions on unchanged words are kept.</source>
      <translation>При сохранении создаётся версия {n}; все прежние версии сохраняются без изменений. Решения о скрытии неизменённых слов сохраняются.</translation>
    </message>
    <message>
      <source>Correct details of {code}</source>
      <translation>Исправление сведений {code}</translation>
    </message>
    <message>
      <source>Why correct {code}?</source>
      <translation>Почему исправляется {code}?</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>— nobody —</source>
      <translation>— никто —</translation>
    </message>
    <message>
      <source>New statement</source>
      <translation>Новые показания</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Свидетель</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Темы</translation>
    </message>
    <message>
      <source>Witness:</source>
      <translation>Свидетель:</translation>
    </message>
    <message>
      <source>Topics:</source>
      <translation>Темы:</translation>
    </message>
    <message>
      <source>Add the witness on the People tab first.</source>
      <translation>Сначала добавьте свидетеля на вкладке «Лица».</translation>
    </message>
    <message>
      <source>Select a statement to read it.</source>
      <translation>Выберите показания, чтобы прочитать их.</translation>
    </message>
    <message>
      <source>{code}, version {n} of {total}</source>
      <translation>{code}, версия {n} из {total}</translation>
    </message>
    <message>
      <source>New statement…</source>
      <translation>Новые показания…</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Показания</translation>
    </message>
    <message>
      <source>Text copied; the clipboard is cleared in 30 seconds.</source>
      <translation>Текст скопирован; буфер обмена будет очищен через 30 секунд.</translation>
    </message>
    <message>
      <source>Edit text…</source>
      <translation>Править текст…</translation>
    </message>
    <message>
      <source>Versions…</source>
      <translation>Версии…</translation>
    </message>
    <message>
      <source>Correct details…</source>
      <translation>Исправить сведения…</translation>
    </message>
    <message>
      <source>Copy text</source>
      <translation>Копировать текст</translation>
    </message>
    <message>
      <source>{code}: version {n} saved.</source>
      <translation>{code}: версия {n} сохранена.</translation>
    </message>
    <message>
      <source>Retract {code}? It stays in the vault but leaves the lists, search and exports. A retraction is final.</source>
      <translation>Отозвать {code}? Показания останутся в хранилище, но исчезнут из списков, поиска и экспорта. Отзыв окончателен.</translation>
    </message>
    <message>
      <source>{code} saved as version 1.</source>
      <translation>{code} сохранены как версия 1.</translation>
    </message>
    <message>
      <source>{code}: details corrected.</source>
      <translation>{code}: сведения исправлены.</translation>
    </message>
    <message>
      <source>Retract {code}</source>
      <translation>Отозвать {code}</translation>
    </message>
    <message>
      <source>Why is {code} retracted? (kept in the vault)</source>
      <translation>Почему отзываются {code}? (сохраняется в хранилище)</translation>
    </message>
    <message>
      <source>{n} redaction decision(s) were on words that changed and need a new look.</source>
      <translation>Решений о скрытии, относившихся к изменённым словам и требующих нового просмотра: {n}.</translation>
    </message>
    <message>
      <source>{code} was retracted.</source>
      <translation>{code} отозваны.</translation>
    </message>
    <message>
      <source>Original text</source>
      <translation>Исходный текст</translation>
    </message>
    <message>
      <source>Select a proposal in the list or press N.</source>
      <translation>Выберите предложение в списке или нажмите N.</translation>
    </message>
    <message>
      <source>Selected proposal</source>
      <translation>Выбранное предложение</translation>
    </message>
    <message>
      <source>&amp;Accept (A)</source>
      <translation>&amp;Принять (A)</translation>
    </message>
    <message>
      <source>&amp;Reject (R)</source>
      <translation>&amp;Отклонить (R)</translation>
    </message>
    <message>
      <source>Accept all of this person</source>
      <translation>Принять всё по этому лицу</translation>
    </message>
    <message>
      <source>Accept all</source>
      <translation>Принять всё</translation>
    </message>
    <message>
      <source>Redact selection… (S)</source>
      <translation>Скрыть выделенное… (S)</translation>
    </message>
    <message>
      <source>Undo (Ctrl+Z)</source>
      <translation>Отменить (Ctrl+Z)</translation>
    </message>
    <message>
      <source>Show proposals</source>
      <translation>Показать предложения</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Показать:</translation>
    </message>
    <message>
      <source>Proposals</source>
      <translation>Предложения</translation>
    </message>
    <message>
      <source>e.g. az-Arab</source>
      <translation>напр. az-Arab</translation>
    </message>
    <message>
      <source>Original as exported</source>
      <translation>Оригинал в виде для экспорта</translation>
    </message>
    <message>
      <source>Translation as exported</source>
      <translation>Перевод в виде для экспорта</translation>
    </message>
    <message>
      <source>Place as exported</source>
      <translation>Место в виде для экспорта</translation>
    </message>
    <message>
      <source>Undecided hits</source>
      <translation>Находки без решения</translation>
    </message>
    <message>
      <source>Exactly as the {profile} export carries this statement.</source>
      <translation>Точно так, как эти показания передаются в экспорте «{profile}».</translation>
    </message>
    <message>
      <source>Not exported for {profile}: {why}. As it would read:</source>
      <translation>Не экспортируется для {profile}: {why}. Выглядело бы так:</translation>
    </message>
    <message>
      <source>Place: {place}</source>
      <translation>Место: {place}</translation>
    </message>
    <message>
      <source>{where}: “{text}” — {kind}</source>
      <translation>{where}: «{text}» — {kind}</translation>
    </message>
    <message>
      <source>{n} hit(s) nobody decided for {profile}, highlighted above: the export refuses until each is accepted or rejected.</source>
      <translation>Находок без решения для {profile}: {n}, они выделены выше: экспорт невозможен, пока каждая не будет принята или отклонена.</translation>
    </message>
    <message>
      <source>Nothing undecided for {profile}: this is the text that leaves.</source>
      <translation>Для {profile} нерешённого нет: уйдёт именно этот текст.</translation>
    </message>
    <message>
      <source>Keys: A accept · R reject · N / P next / previous · S redact selection · Ctrl+Z undo</source>
      <translation>Клавиши: A — принять · R — отклонить · N / P — следующее / предыдущее · S — скрыть выделенное · Ctrl+Z — отменить</translation>
    </message>
    <message>
      <source>Decide</source>
      <translation>Решить</translation>
    </message>
    <message>
      <source>Deciding</source>
      <translation>Принятие решения</translation>
    </message>
    <message>
      <source>Redact selection</source>
      <translation>Скрыть выделенное</translation>
    </message>
    <message>
      <source>Why must these words not leave?</source>
      <translation>Почему эти слова не должны уйти?</translation>
    </message>
    <message>
      <source>Adding</source>
      <translation>Добавление</translation>
    </message>
    <message>
      <source>Undoing</source>
      <translation>Отмена действия</translation>
    </message>
    <message>
      <source>Looking for names and numbers</source>
      <translation>Поиск имён и номеров</translation>
    </message>
    <message>
      <source>Select the words to redact in the original or the translation.</source>
      <translation>Выделите слова для скрытия в оригинале или в переводе.</translation>
    </message>
    <message>
      <source>Nothing to undo in this window.</source>
      <translation>В этом окне нечего отменять.</translation>
    </message>
    <message>
      <source>{undecided} undecided, {accepted} accepted, {rejected} rejected</source>
      <translation>без решения: {undecided}, принято: {accepted}, отклонено: {rejected}</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>Версии</translation>
    </message>
    <message>
      <source>Compare from version</source>
      <translation>Сравнить с версии</translation>
    </message>
    <message>
      <source>Compare to version</source>
      <translation>Сравнить до версии</translation>
    </message>
    <message>
      <source>Changes between the two versions</source>
      <translation>Изменения между двумя версиями</translation>
    </message>
    <message>
      <source>Versions of {code}</source>
      <translation>Версии {code}</translation>
    </message>
    <message>
      <source>Compare</source>
      <translation>Сравнить</translation>
    </message>
    <message>
      <source>with</source>
      <translation>с</translation>
    </message>
    <message>
      <source>added</source>
      <translation>добавлено</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>удалено</translation>
    </message>
    <message>
      <source>version {n}</source>
      <translation>версия {n}</translation>
    </message>
    <message>
      <source>&amp;Vault</source>
      <translation>&amp;Хранилище</translation>
    </message>
    <message>
      <source>&amp;Lock</source>
      <translation>&amp;Заблокировать</translation>
    </message>
    <message>
      <source>&amp;Settings…</source>
      <translation>&amp;Настройки…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Выход</translation>
    </message>
    <message>
      <source>Reading settings</source>
      <translation>Чтение настроек</translation>
    </message>
    <message>
      <source>Unlocked</source>
      <translation>Разблокировано</translation>
    </message>
    <message>
      <source>Saving settings</source>
      <translation>Сохранение настроек</translation>
    </message>
    <message>
      <source>Evidence Vault — DEMO (a throwaway sample vault)</source>
      <translation>Evidence Vault — ДЕМО (пробное хранилище, удаляется при выходе)</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Заблокировано</translation>
    </message>
    <message>
      <source>Cases</source>
      <translation>Дела</translation>
    </message>
    <message>
      <source>New case…</source>
      <translation>Новое дело…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <source>Search names, codes, statements and files in every case</source>
      <translation>Поиск имён, кодов, показаний и файлов во всех делах</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Поиск</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Результаты поиска</translation>
    </message>
    <message>
      <source>Case records</source>
      <translation>Записи дела</translation>
    </message>
    <message>
      <source>Reading cases</source>
      <translation>Чтение дел</translation>
    </message>
    <message>
      <source>New case</source>
      <translation>Новое дело</translation>
    </message>
    <message>
      <source>Title of the case:</source>
      <translation>Название дела:</translation>
    </message>
    <message>
      <source>Searching</source>
      <translation>Поиск</translation>
    </message>
    <message>
      <source>Found</source>
      <translation>Найдено</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Где</translation>
    </message>
    <message>
      <source>  (imported)</source>
      <translation>  (импортировано)</translation>
    </message>
    <message>
      <source>Nothing found.</source>
      <translation>Ничего не найдено.</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>Saved (UTC)</source>
      <translation>Сохранено (UTC)</translation>
    </message>
    <message>
      <source>Operator</source>
      <translation>Оператор</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Translation SHA-256</source>
      <translation>SHA-256 перевода</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Лицо</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Состояние</translation>
    </message>
    <message>
      <source>Becomes</source>
      <translation>Заменяется на</translation>
    </message>
    <message>
      <source>Opens safely</source>
      <translation>Безопасно открывается</translation>
    </message>
    <message>
      <source>Layout (BagIt)</source>
      <translation>Структура (BagIt)</translation>
    </message>
    <message>
      <source>Signature</source>
      <translation>Подпись</translation>
    </message>
    <message>
      <source>Bundle identity</source>
      <translation>Идентификатор пакета</translation>
    </message>
    <message>
      <source>Files and hashes</source>
      <translation>Файлы и хеши</translation>
    </message>
    <message>
      <source>Custody chain</source>
      <translation>Цепочка хранения доказательств</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>пройдено</translation>
    </message>
    <message>
      <source>FAILED</source>
      <translation>НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
      <source>not checked</source>
      <translation>не проверено</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>№</translation>
    </message>
    <message>
      <source>Recorded by</source>
      <translation>Кем записано</translation>
    </message>
    <message>
      <source>Recorded</source>
      <translation>Записано</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Все</translation>
    </message>
    <message>
      <source>Undecided</source>
      <translation>Без решения</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>Принятые</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Отклонённые</translation>
    </message>
    <message>
      <source>Kept by profile</source>
      <translation>Сохранённые по профилю</translation>
    </message>
    <message>
      <source>legal</source>
      <translation>юридический</translation>
    </message>
    <message>
      <source>government</source>
      <translation>государственный</translation>
    </message>
    <message>
      <source>ngo</source>
      <translation>НКО</translation>
    </message>
    <message>
      <source>media</source>
      <translation>СМИ</translation>
    </message>
    <message>
      <source>public</source>
      <translation>публичный</translation>
    </message>
    <message>
      <source>evidence</source>
      <translation>доказательства</translation>
    </message>
    <message>
      <source>For lawyers and courts: witnesses and victims by code, perpetrators named; statements of witnesses who consented to legal use.</source>
      <translation>Для юристов и судов: свидетели и потерпевшие под кодами, исполнители названы; показания свидетелей, согласившихся на использование в правовых целях.</translation>
    </message>
    <message>
      <source>For a government body: witnesses and victims by code, perpetrators named; statements of witnesses who consented to government use.</source>
      <translation>Для государственного органа: свидетели и потерпевшие под кодами, исполнители названы; показания свидетелей, согласившихся на передачу государственным органам.</translation>
    </message>
    <message>
      <source>For a partner organization: witnesses and victims by code, perpetrators named; statements of witnesses who consented to NGO use.</source>
      <translation>Для партнёрской организации: свидетели и потерпевшие под кодами, исполнители названы; показания свидетелей, согласившихся на передачу НКО.</translation>
    </message>
    <message>
      <source>For journalists: everyone by code, perpetrators too; statements of witnesses who consented to media use.</source>
      <translation>Для журналистов: все под кодами, в том числе исполнители; показания свидетелей, согласившихся на передачу СМИ.</translation>
    </message>
    <message>
      <source>For publication: everyone by code, perpetrators too; statements of witnesses who consented to public use.</source>
      <translation>Для публикации: все под кодами, в том числе исполнители; показания свидетелей, согласившихся на публичное использование.</translation>
    </message>
    <message>
      <source>The full record for a court or HQ: real names, originals; consent to legal use decides; it must be an encrypted file.</source>
      <translation>Полные материалы для суда или штаб-квартиры: настоящие имена, оригиналы; решает согласие на использование в правовых целях; только в виде зашифрованного файла.</translation>
    </message>
    <message>
      <source>Victim</source>
      <translation>Потерпевший</translation>
    </message>
    <message>
      <source>Perpetrator</source>
      <translation>Исполнитель</translation>
    </message>
    <message>
      <source>first account</source>
      <translation>первичный рассказ</translation>
    </message>
    <message>
      <source>formal</source>
      <translation>официальные</translation>
    </message>
    <message>
      <source>sworn</source>
      <translation>под присягой</translation>
    </message>
    <message>
      <source>very weak</source>
      <translation>очень слабая</translation>
    </message>
    <message>
      <source>weak</source>
      <translation>слабая</translation>
    </message>
    <message>
      <source>fair</source>
      <translation>средняя</translation>
    </message>
    <message>
      <source>strong</source>
      <translation>надёжная</translation>
    </message>
    <message>
      <source>very strong</source>
      <translation>очень надёжная</translation>
    </message>
    <message>
      <source>Size (bytes)</source>
      <translation>Размер (байт)</translation>
    </message>
    <message>
      <source>Time (UTC)</source>
      <translation>Время (UTC)</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Действие</translation>
    </message>
    <message>
      <source>Encrypting</source>
      <translation>Шифрование</translation>
    </message>
    <message>
      <source>Backing up</source>
      <translation>Резервное копирование</translation>
    </message>
    <message>
      <source>Checking attachments</source>
      <translation>Проверка вложений</translation>
    </message>
    <message>
      <source>Upgrading the vault format</source>
      <translation>Обновление формата хранилища</translation>
    </message>
    <message>
      <source>Reading the bundle</source>
      <translation>Чтение пакета</translation>
    </message>
    <message>
      <source>Preparing files</source>
      <translation>Подготовка файлов</translation>
    </message>
    <message>
      <source>Taking in attachments</source>
      <translation>Приём вложений</translation>
    </message>
    <message>
      <source>Writing records</source>
      <translation>Запись данных</translation>
    </message>
    <message>
      <source>Planning</source>
      <translation>Планирование</translation>
    </message>
    <message>
      <source>Checking</source>
      <translation>Проверка</translation>
    </message>
    <message>
      <source>Redacting pages</source>
      <translation>Скрытие сведений на страницах</translation>
    </message>
    <message>
      <source>Language of the window</source>
      <translation>Язык окна</translation>
    </message>
    <message>
      <source>System default</source>
      <translation>Как в системе</translation>
    </message>
    <message>
      <source>The new language is used from the next start of Evidence Vault.</source>
      <translation>Новый язык будет использоваться при следующем запуске Evidence Vault.</translation>
    </message>
    <message>
      <source>A backup is an encrypted copy of the whole vault (nothing is decrypted), written into a new folder inside the one you choose, then opened and checked. It opens with this vault's passphrase, recovery code and escrow identity as they are now.</source>
      <translation>Резервная копия — это зашифрованная копия всего хранилища (ничего не расшифровывается): она записывается в новую папку внутри выбранной вами, затем открывается и проверяется. Она открывается парольной фразой, кодом восстановления и депонированным идентификатором этого хранилища в их нынешнем виде.</translation>
    </message>
    <message>
      <source>Folder for the backup</source>
      <translation>Папка для резервной копии</translation>
    </message>
    <message>
      <source>e.g. an encrypted USB disk</source>
      <translation>напр. зашифрованный USB-диск</translation>
    </message>
    <message>
      <source>Back up</source>
      <translation>Создать резервную копию</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>Резервное копирование…</translation>
    </message>
    <message>
      <source>Into folder:</source>
      <translation>В папку:</translation>
    </message>
    <message>
      <source>Choose the folder the backup goes into.</source>
      <translation>Выберите папку, в которую будет записана резервная копия.</translation>
    </message>
    <message>
      <source>Backup written to {folder} and verified: it was opened and checked ({attachments} attachments authenticated, {rows} custody events in an unbroken chain).</source>
      <translation>Резервная копия записана в {folder} и проверена: её открыли и сверили (вложений с подтверждённой подлинностью — {attachments}, событий хранения в непрерывной цепочке — {rows}).</translation>
    </message>
    <message>
      <source>The backup at {folder} did not pass its check: {problems}</source>
      <translation>Резервная копия в {folder} не прошла проверку: {problems}</translation>
    </message>
    <message>
      <source>ERASE</source>
      <translation>СТЕРЕТЬ</translation>
    </message>
    <message>
      <source>Erase the vault</source>
      <translation>Стереть хранилище</translation>
    </message>
    <message>
      <source>Erase this vault for good?</source>
      <translation>Стереть это хранилище навсегда?</translation>
    </message>
    <message>
      <source>Keep the escrow slot (HQ can still open the vault)</source>
      <translation>Сохранить депонированный слот (штаб-квартира по-прежнему сможет открыть хранилище)</translation>
    </message>
    <message>
      <source>Keep the escrow slot</source>
      <translation>Сохранить депонированный слот</translation>
    </message>
    <message>
      <source>Type the word to confirm erasing</source>
      <translation>Введите слово для подтверждения стирания</translation>
    </message>
    <message>
      <source>Erase</source>
      <translation>Стереть</translation>
    </message>
    <message>
      <source>What erasing does: the key slots in the vault's key file are overwritten in place, so the passphrase and the recovery code no longer open it and nothing in it can be decrypted any more. It takes a moment and needs no passphrase. It cannot be undone.</source>
      <translation>Что делает стирание: слоты ключей в файле ключей хранилища перезаписываются на месте, поэтому парольная фраза и код восстановления его больше не открывают и ничего из хранящегося в нём уже нельзя расшифровать. Это занимает мгновение и не требует парольной фразы. Отменить это нельзя.</translation>
    </message>
    <message>
      <source>What it does NOT guarantee:
• copies and backups of the vault elsewhere still open with their passphrase or recovery code;
• flash disks and SSDs may keep old copies of the key file in worn-out blocks (wear-levelling) that overwriting cannot reach;
• an escrow slot kept on purpose still lets HQ open the vault;
• someone who already copied the keys or the unlocked vault keeps what they copied.</source>
      <translation>Чего оно НЕ гарантирует:
• копии и резервные копии хранилища в других местах по-прежнему открываются своей парольной фразой или кодом восстановления;
• флеш-накопители и SSD могут хранить старые копии файла ключей в изношенных блоках (выравнивание износа), до которых перезапись не доходит;
• намеренно сохранённый депонированный слот по-прежнему позволяет штаб-квартире открыть хранилище;
• тот, кто уже скопировал ключи или разблокированное хранилище, сохраняет скопированное.</translation>
    </message>
    <message>
      <source>This vault has no escrow slot.</source>
      <translation>В этом хранилище нет депонированного слота.</translation>
    </message>
    <message>
      <source>Type {word} to confirm:</source>
      <translation>Для подтверждения введите {word}:</translation>
    </message>
    <message>
      <source>New recovery code</source>
      <translation>Новый код восстановления</translation>
    </message>
    <message>
      <source>Copy (cleared from the clipboard in 30 s)</source>
      <translation>Копировать (буфер обмена очистится через 30 с)</translation>
    </message>
    <message>
      <source>Write this code on paper and keep it apart from the laptop; it is shown only now. {why}</source>
      <translation>Запишите этот код на бумаге и храните отдельно от ноутбука; он показывается только сейчас. {why}</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Новая парольная фраза</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>Новая парольная фраза ещё раз</translation>
    </message>
    <message>
      <source>New passphrase:</source>
      <translation>Новая парольная фраза:</translation>
    </message>
    <message>
      <source>New passphrase again:</source>
      <translation>Ещё раз:</translation>
    </message>
    <message>
      <source>Also re-key (someone else may know the old passphrase)</source>
      <translation>Также сменить ключ (старую парольную фразу может знать кто-то ещё)</translation>
    </message>
    <message>
      <source>Also re-key</source>
      <translation>Также сменить ключ</translation>
    </message>
    <message>
      <source>Without re-keying, backups and any old copy of the key file a disk kept still open with the old passphrase. Re-keying gives the vault a new master key and a new recovery code: old copies no longer open what it holds now. The vault is locked while it is re-keyed; unlock it with the new passphrase.</source>
      <translation>Без смены ключа резервные копии и любая старая копия файла ключей, оставшаяся на диске, по-прежнему открываются старой парольной фразой. Смена ключа даёт хранилищу новый главный ключ и новый код восстановления: старые копии больше не открывают то, что в нём хранится сейчас. На время смены ключа хранилище блокируется; разблокируйте его новой парольной фразой.</translation>
    </message>
    <message>
      <source>Change passphrase</source>
      <translation>Сменить парольную фразу</translation>
    </message>
    <message>
      <source>Changing the passphrase</source>
      <translation>Смена парольной фразы</translation>
    </message>
    <message>
      <source>Passphrase changed. Backups, and any old copy of the key file a disk kept, still open with the old one; if someone may know it, change it again with re-keying.</source>
      <translation>Парольная фраза сменена. Резервные копии и любая старая копия файла ключей, оставшаяся на диске, по-прежнему открываются старой; если её может знать кто-то ещё, смените её снова, со сменой ключа.</translation>
    </message>
    <message>
      <source>The recovery code opens the vault when the passphrase is forgotten. Make a new one if the paper was lost or seen: the old code stops working at once, and the new one is shown only once.</source>
      <translation>Код восстановления открывает хранилище, если парольная фраза забыта. Создайте новый, если бумага утеряна или её кто-то видел: старый код сразу перестаёт действовать, а новый показывается только один раз.</translation>
    </message>
    <message>
      <source>Make a new recovery code…</source>
      <translation>Создать новый код восстановления…</translation>
    </message>
    <message>
      <source>Make a new recovery code? The old one stops working.</source>
      <translation>Создать новый код восстановления? Старый перестанет действовать.</translation>
    </message>
    <message>
      <source>Making a new recovery code</source>
      <translation>Создание нового кода восстановления</translation>
    </message>
    <message>
      <source>Escrow slot</source>
      <translation>Депонированный слот</translation>
    </message>
    <message>
      <source>HQ's age recipient</source>
      <translation>Получатель age штаб-квартиры</translation>
    </message>
    <message>
      <source>age1… (from HQ)</source>
      <translation>age1… (от штаб-квартиры)</translation>
    </message>
    <message>
      <source>HQ's age recipient:</source>
      <translation>Получатель age штаб-квартиры:</translation>
    </message>
    <message>
      <source>Remove the escrow slot…</source>
      <translation>Удалить депонированный слот…</translation>
    </message>
    <message>
      <source>Add or replace</source>
      <translation>Добавить или заменить</translation>
    </message>
    <message>
      <source>An escrow slot lets HQ open this vault with its age identity if every passphrase and recovery code is lost, and survives an erase when asked to. A vault keeps one: adding another replaces it.</source>
      <translation>Депонированный слот позволяет штаб-квартире открыть это хранилище своим идентификатором age, если утеряны все парольные фразы и коды восстановления, и, если так указано, сохраняется при стирании. В хранилище он только один: добавление другого заменяет его.</translation>
    </message>
    <message>
      <source>Adding the escrow slot</source>
      <translation>Добавление депонированного слота</translation>
    </message>
    <message>
      <source>Remove the escrow slot</source>
      <translation>Удалить депонированный слот</translation>
    </message>
    <message>
      <source>Remove the escrow slot? HQ will no longer be able to open this vault.</source>
      <translation>Удалить депонированный слот? Штаб-квартира больше не сможет открыть это хранилище.</translation>
    </message>
    <message>
      <source>Removing the escrow slot</source>
      <translation>Удаление депонированного слота</translation>
    </message>
    <message>
      <source>Every custody event records who did it. A change is itself logged (under the old name); the events after it carry the new one.</source>
      <translation>Каждое событие хранения фиксирует, кто его совершил. Само изменение тоже заносится в журнал (под прежним именем); последующие события несут новое.</translation>
    </message>
    <message>
      <source>Operator name in the custody log</source>
      <translation>Имя оператора в журнале хранения доказательств</translation>
    </message>
    <message>
      <source>Operator name:</source>
      <translation>Имя оператора:</translation>
    </message>
    <message>
      <source>Save name</source>
      <translation>Сохранить имя</translation>
    </message>
    <message>
      <source>Saving the operator name</source>
      <translation>Сохранение имени оператора</translation>
    </message>
    <message>
      <source>Keys and care</source>
      <translation>Ключи и обслуживание</translation>
    </message>
    <message>
      <source>Set a new passphrase</source>
      <translation>Задать новую парольную фразу</translation>
    </message>
    <message>
      <source>You unlocked with the recovery code. Set a new passphrase now; then make a new recovery code (Vault &gt; Keys and care…) if this one may have been seen. Closing this without a new passphrase locks the vault again.</source>
      <translation>Вы разблокировали хранилище кодом восстановления. Задайте новую парольную фразу сейчас; затем создайте новый код восстановления (Хранилище &gt; Ключи и обслуживание…), если этот код мог кто-то видеть. Если закрыть это окно без новой парольной фразы, хранилище снова заблокируется.</translation>
    </message>
    <message>
      <source>Lock instead</source>
      <translation>Вместо этого заблокировать</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Текущая парольная фраза</translation>
    </message>
    <message>
      <source>Current passphrase:</source>
      <translation>Текущая парольная фраза:</translation>
    </message>
    <message>
      <source>The two new passphrases differ; type the second one again.</source>
      <translation>Новые парольные фразы не совпадают; введите вторую ещё раз.</translation>
    </message>
    <message>
      <source>Checking the current passphrase</source>
      <translation>Проверка текущей парольной фразы</translation>
    </message>
    <message>
      <source>The old recovery code no longer works.</source>
      <translation>Старый код восстановления больше не действует.</translation>
    </message>
    <message>
      <source>A new recovery code was made; the old one no longer works.</source>
      <translation>Создан новый код восстановления; старый больше не действует.</translation>
    </message>
    <message>
      <source>Paste HQ's age recipient (it starts with age1).</source>
      <translation>Вставьте получателя age штаб-квартиры (он начинается с age1).</translation>
    </message>
    <message>
      <source>The escrow slot was removed: HQ can no longer open this vault.</source>
      <translation>Депонированный слот удалён: штаб-квартира больше не может открыть это хранилище.</translation>
    </message>
    <message>
      <source>Escrow</source>
      <translation>Депонирование</translation>
    </message>
    <message>
      <source>Signers</source>
      <translation>Подписанты</translation>
    </message>
    <message>
      <source>Backup</source>
      <translation>Резервная копия</translation>
    </message>
    <message>
      <source>This vault has an escrow slot for: {recipient}</source>
      <translation>У этого хранилища есть депонированный слот для: {recipient}</translation>
    </message>
    <message>
      <source>From now on custody events record {name}.</source>
      <translation>С этого момента в событиях хранения указывается {name}.</translation>
    </message>
    <message>
      <source>The escrow slot was replaced: {old} can no longer open this vault; {new} can.</source>
      <translation>Депонированный слот заменён: {old} больше не может открыть это хранилище, а {new} может.</translation>
    </message>
    <message>
      <source>Escrow slot added for {new}.</source>
      <translation>Депонированный слот добавлен для {new}.</translation>
    </message>
    <message>
      <source>Trusted signers</source>
      <translation>Доверенные подписанты</translation>
    </message>
    <message>
      <source>Revoke…</source>
      <translation>Отозвать…</translation>
    </message>
    <message>
      <source>Trust a key…</source>
      <translation>Доверять ключу…</translation>
    </message>
    <message>
      <source>Fingerprint of the key</source>
      <translation>Отпечаток ключа</translation>
    </message>
    <message>
      <source>Fingerprint of the key:</source>
      <translation>Отпечаток ключа:</translation>
    </message>
    <message>
      <source>Fingerprint as the sender read it out</source>
      <translation>Отпечаток, зачитанный отправителем</translation>
    </message>
    <message>
      <source>As the sender read it out:</source>
      <translation>Как зачитал отправитель:</translation>
    </message>
    <message>
      <source>Signer's name:</source>
      <translation>Имя подписанта:</translation>
    </message>
    <message>
      <source>Trust this key</source>
      <translation>Доверять этому ключу</translation>
    </message>
    <message>
      <source>Reading signers</source>
      <translation>Чтение подписантов</translation>
    </message>
    <message>
      <source>A signer's public key (.pub) or a bundle</source>
      <translation>Открытый ключ подписанта (.pub) или пакет</translation>
    </message>
    <message>
      <source>Reading the key</source>
      <translation>Чтение ключа</translation>
    </message>
    <message>
      <source>Trusting the key</source>
      <translation>Ключ становится доверенным</translation>
    </message>
    <message>
      <source>Revoke a signer</source>
      <translation>Отозвать подписанта</translation>
    </message>
    <message>
      <source>Revoking the signer</source>
      <translation>Отзыв подписанта</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>отозван</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>доверенный</translation>
    </message>
    <message>
      <source>Ask the sender to read their fingerprint out (by phone or in person, not in the same message as the key) and type it: the key is trusted only when the two are the same.</source>
      <translation>Попросите отправителя зачитать свой отпечаток (по телефону или лично, не в том же сообщении, что и ключ) и введите его: ключ становится доверенным, только если они совпадают.</translation>
    </message>
    <message>
      <source>Revoke {name} ({fingerprint})? Bundles signed by this key will be reported REVOKED; a revoked key cannot be trusted again.</source>
      <translation>Отозвать {name} ({fingerprint})? Пакеты, подписанные этим ключом, будут получать отметку «ОТОЗВАН»; отозванному ключу нельзя снова доверять.</translation>
    </message>
    <message>
      <source>{name} is now a trusted signer.</source>
      <translation>Подписант {name} теперь доверенный.</translation>
    </message>
    <message>
      <source>{name} was revoked.</source>
      <translation>Подписант {name} отозван.</translation>
    </message>
    <message>
      <source>Main toolbar</source>
      <translation>Основная панель инструментов</translation>
    </message>
    <message>
      <source>Add evidence…</source>
      <translation>Добавить доказательства…</translation>
    </message>
    <message>
      <source>Take files into the selected case</source>
      <translation>Принять файлы в выбранное дело</translation>
    </message>
    <message>
      <source>Search every case (Ctrl+F)</source>
      <translation>Поиск во всех делах (Ctrl+F)</translation>
    </message>
    <message>
      <source>Ctrl+F</source>
      <translation>Ctrl+F</translation>
    </message>
    <message>
      <source>&amp;Keys and care…</source>
      <translation>&amp;Ключи и обслуживание…</translation>
    </message>
    <message>
      <source>&amp;Erase vault…</source>
      <translation>&amp;Стереть хранилище…</translation>
    </message>
    <message>
      <source>Vault erased</source>
      <translation>Хранилище стёрто</translation>
    </message>
    <message>
      <source>Re-keyed: unlock with the new passphrase</source>
      <translation>Ключ сменён: разблокируйте новой парольной фразой</translation>
    </message>
    <message>
      <source>The vault was re-keyed and its passphrase changed: the old passphrase, the old recovery code, backups and disk images no longer open what it holds now.</source>
      <translation>Ключ хранилища сменён, парольная фраза изменена: старая парольная фраза, старый код восстановления, резервные копии и образы дисков больше не открывают то, что в нём хранится сейчас.</translation>
    </message>
    <message>
      <source>Re-keying the vault</source>
      <translation>Смена ключа хранилища</translation>
    </message>
    <message>
      <source>Erasing the vault</source>
      <translation>Стирание хранилища</translation>
    </message>
    <message>
      <source>Erased</source>
      <translation>Стёрто</translation>
    </message>
    <message>
      <source>Files refused by the check</source>
      <translation>Файлы, отклонённые при проверке</translation>
    </message>
    <message>
      <source>Leave them out</source>
      <translation>Не принимать их</translation>
    </message>
    <message>
      <source>Leave the refused files out and take in the others</source>
      <translation>Не принимать отклонённые файлы, принять остальные</translation>
    </message>
    <message>
      <source>Keep them as received</source>
      <translation>Сохранить их в полученном виде</translation>
    </message>
    <message>
      <source>Keep the refused files as received: encrypted, never shown or redacted</source>
      <translation>Сохранить отклонённые файлы в полученном виде: зашифрованными, без показа и без скрытия сведений</translation>
    </message>
    <message>
      <source>checking</source>
      <translation>проверка</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>отклонён</translation>
    </message>
    <message>
      <source>checked</source>
      <translation>проверен</translation>
    </message>
    <message>
      <source>{n} of {count} file(s) cannot be shown or redacted: disguised as another format, too large, damaged, or the decoder failed on them. Nothing was taken in yet.</source>
      <translation>Файлов, которые нельзя показать или скрыть в них сведения: {n} из {count} (выдают себя за другой формат, слишком велики, повреждены или процесс декодирования на них сбился). Пока ничего не принято.</translation>
    </message>
    <message>
      <source>Checking {name} (file {n} of {count})</source>
      <translation>Проверка {name} (файл {n} из {count})</translation>
    </message>
    <message>
      <source>Checking pictures and PDFs</source>
      <translation>Проверка изображений и PDF</translation>
    </message>
    <message>
      <source>Kept as received</source>
      <translation>Сохранено в полученном виде</translation>
    </message>
    <message>
      <source>Files are still being taken in: add these once that has finished. Nothing else was taken in.</source>
      <translation>Файлы ещё принимаются: добавьте эти, когда приём закончится. Больше ничего не принято.</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <source>Redaction {record_id} is not a box in use (it was changed or removed meanwhile).</source>
      <translation>Скрытие {record_id} — не действующая рамка (тем временем её изменили или удалили).</translation>
    </message>
    <message>
      <source>The custody log has no event {seq}.</source>
      <translation>В журнале хранения доказательств нет события {seq}.</translation>
    </message>
    <message>
      <source>No files to attach.</source>
      <translation>Нет файлов для прикрепления.</translation>
    </message>
    <message>
      <source>{path_name} is a folder: choose or drop the files in it, not the folder. Nothing was taken in.</source>
      <translation>{path_name} — папка: выберите или перетащите файлы из неё, а не саму папку. Ничего не принято.</translation>
    </message>
    <message>
      <source>Cannot take in {path}: it is not a regular file.</source>
      <translation>Невозможно принять {path}: это не обычный файл.</translation>
    </message>
    <message>
      <source>Cannot read {path}: no such file.</source>
      <translation>Невозможно прочитать {path}: такого файла нет.</translation>
    </message>
    <message>
      <source>Cannot read {path}: {exc_strerror}.</source>
      <translation>Невозможно прочитать {path}: {exc_strerror}.</translation>
    </message>
    <message>
      <source>Cannot read {value} as yes or no.</source>
      <translation>Невозможно понять {value} как «да» или «нет».</translation>
    </message>
    <message>
      <source>A case needs a title.</source>
      <translation>У дела должно быть название.</translation>
    </message>
    <message>
      <source>A consent to share needs an anonymity choice: required or waived.</source>
      <translation>Для согласия на передачу нужно выбрать анонимность: required (требуется) или waived (не требуется).</translation>
    </message>
    <message>
      <source>An edit needs a new text or translation.</source>
      <translation>Для правки нужен новый текст или перевод.</translation>
    </message>
    <message>
      <source>The idle time must be a whole number of minutes.</source>
      <translation>Время бездействия должно быть целым числом минут.</translation>
    </message>
    <message>
      <source>The idle time must be 0 (never) to {MAX_IDLE_MINUTES} minutes.</source>
      <translation>Время бездействия должно быть от 0 (никогда) до {MAX_IDLE_MINUTES} минут.</translation>
    </message>
    <message>
      <source>Say why the details are corrected.</source>
      <translation>Укажите, почему исправляются сведения.</translation>
    </message>
    <message>
      <source>No remembered recipient has that key.</source>
      <translation>Ни у одного сохранённого получателя нет такого ключа.</translation>
    </message>
    <message>
      <source>That key is already remembered as {other_name}.</source>
      <translation>Этот ключ уже сохранён под именем {other_name}.</translation>
    </message>
    <message>
      <source>A recipient named {other_name} is already remembered.</source>
      <translation>Получатель с именем {other_name} уже сохранён.</translation>
    </message>
    <message>
      <source>A box is X,Y,WIDTH,HEIGHT (four numbers), not {text}.</source>
      <translation>Рамка задаётся как X,Y,ШИРИНА,ВЫСОТА (четыре числа), а не {text}.</translation>
    </message>
    <message>
      <source>The key's fingerprint is {grouped}; to trust it, give --fingerprint with the one the sender read out, or --yes when not in a terminal.</source>
      <translation>Отпечаток ключа: {grouped}; чтобы доверять ему, укажите --fingerprint с отпечатком, зачитанным отправителем, или --yes, если запуск не из терминала.</translation>
    </message>
    <message>
      <source>Not confirmed; nothing was trusted.</source>
      <translation>Не подтверждено; доверие не установлено.</translation>
    </message>
    <message>
      <source>give at most a record type and one id: [TYPE] ID</source>
      <translation>укажите не более одного типа записи и одного id: [TYPE] ID</translation>
    </message>
    <message>
      <source>give --alias or --clear-aliases, not both</source>
      <translation>укажите --alias или --clear-aliases, но не оба</translation>
    </message>
    <message>
      <source>attachment relink needs --statement ID or --none (one of the two)</source>
      <translation>для attachment relink нужно --statement ID или --none (одно из двух)</translation>
    </message>
    <message>
      <source>case edit needs --title T and/or --region CODES</source>
      <translation>для case edit нужно --title T и/или --region CODES</translation>
    </message>
    <message>
      <source>statement edit needs --text-file F, --translation-file F or a field to correct</source>
      <translation>для statement edit нужно --text-file F, --translation-file F или исправляемое поле</translation>
    </message>
    <message>
      <source>search: give a QUERY or --person ID (one of the two).</source>
      <translation>search: укажите QUERY или --person ID (одно из двух).</translation>
    </message>
    <message>
      <source>list cases takes no --case (every case is listed)</source>
      <translation>list cases не принимает --case (выводятся все дела)</translation>
    </message>
    <message>
      <source>consent set --share needs --anonymity required|waived</source>
      <translation>для consent set --share нужно --anonymity required|waived</translation>
    </message>
    <message>
      <source>--statement and --profile go with --all</source>
      <translation>--statement и --profile используются вместе с --all</translation>
    </message>
    <message>
      <source>give either --text, or --start and --end</source>
      <translation>укажите либо --text, либо --start и --end</translation>
    </message>
    <message>
      <source>preview either --statement ID or --attachment ID</source>
      <translation>preview: либо --statement ID, либо --attachment ID</translation>
    </message>
    <message>
      <source>list one of --statement ID, --attachment ID or --case ID</source>
      <translation>укажите одно из: --statement ID, --attachment ID или --case ID</translation>
    </message>
    <message>
      <source>--start and --end go together, without --occurrence or --all</source>
      <translation>--start и --end указываются вместе, без --occurrence и --all</translation>
    </message>
    <message>
      <source>--out goes with --attachment (a statement is printed)</source>
      <translation>--out используется с --attachment (показания выводятся на экран)</translation>
    </message>
    <message>
      <source>use either --all --statement ID, or proposal ids</source>
      <translation>используйте либо --all --statement ID, либо id предложений</translation>
    </message>
    <message>
      <source>name the proposal ids to accept, or use --all --statement ID</source>
      <translation>укажите id принимаемых предложений или используйте --all --statement ID</translation>
    </message>
    <message>
      <source>{problem} Nothing was changed after {NEW_SECRET_TRIES} tries.</source>
      <translation>{problem} Ничего не изменено после {NEW_SECRET_TRIES} попыток.</translation>
    </message>
    <message>
      <source>The {what} file {path} is far too large.</source>
      <translation type="vanished">Файл ({what}) {path} слишком велик.</translation>
    </message>
    <message>
      <source>The {what} file {path} is empty.</source>
      <translation type="vanished">Файл ({what}) {path} пуст.</translation>
    </message>
    <message>
      <source>Cannot read the {what} file {path}: {exc_strerror}.</source>
      <translation type="vanished">Невозможно прочитать файл ({what}) {path}: {exc_strerror}.</translation>
    </message>
    <message>
      <source>The {what} file {path} is not UTF-8 text.</source>
      <translation type="vanished">Файл ({what}) {path} — не текст в UTF-8.</translation>
    </message>
    <message>
      <source>No {what} entered.</source>
      <translation>Не введено: {what}.</translation>
    </message>
    <message>
      <source>{ENV_PASSPHRASE} is set but empty.</source>
      <translation>{ENV_PASSPHRASE} задана, но пуста.</translation>
    </message>
    <message>
      <source>No new passphrase given: use --new-passphrase-file F, or run passwd in a terminal to type it twice; nothing was changed.</source>
      <translation>Новая парольная фраза не указана: используйте --new-passphrase-file F или запустите passwd в терминале, чтобы ввести её дважды; ничего не изменено.</translation>
    </message>
    <message>
      <source>give one of --recovery-code-file, --recovery-code or --identity, not several</source>
      <translation>укажите одно из --recovery-code-file, --recovery-code или --identity, а не несколько</translation>
    </message>
    <message>
      <source>erase destroys the vault's keys; confirm with --yes when not in a terminal.</source>
      <translation>erase уничтожает ключи хранилища; подтвердите с --yes, если запуск не из терминала.</translation>
    </message>
    <message>
      <source>Not confirmed; nothing was erased.</source>
      <translation>Не подтверждено; ничего не стёрто.</translation>
    </message>
    <message>
      <source>Cannot read {path}: it is a folder, not a file.</source>
      <translation>Невозможно прочитать {path}: это папка, а не файл.</translation>
    </message>
    <message>
      <source>No attachment with id {attachment_id}.</source>
      <translation>Нет вложения с id {attachment_id}.</translation>
    </message>
    <message>
      <source>{attachment_label} failed its integrity check: its content does not match the hash taken at intake.</source>
      <translation>{attachment_label} не прошло проверку целостности: содержимое не совпадает с хешем, снятым при приёме.</translation>
    </message>
    <message>
      <source>Cannot read {label}: {exc_strerror}.</source>
      <translation>Невозможно прочитать {label}: {exc_strerror}.</translation>
    </message>
    <message>
      <source>Cannot read {text_40} as a date: write 2024-05-01.</source>
      <translation>Невозможно понять {text_40} как дату: пишите 2024-05-01.</translation>
    </message>
    <message>
      <source>The folder {destination_parent} does not exist.</source>
      <translation>Папка {destination_parent} не существует.</translation>
    </message>
    <message>
      <source>{destination} already exists and is not empty.</source>
      <translation>{destination} уже существует и не пуста.</translation>
    </message>
    <message>
      <source>A backup cannot go inside the vault it copies.</source>
      <translation>Резервную копию нельзя поместить внутрь копируемого хранилища.</translation>
    </message>
    <message>
      <source>The backup did not verify: {report_problems_0}</source>
      <translation>Резервная копия не прошла проверку: {report_problems_0}</translation>
    </message>
    <message>
      <source>The vault database is being read by another part of the program, so no consistent copy can be taken now; close other windows and try again.</source>
      <translation>База данных хранилища читается другой частью программы, поэтому согласованную копию сейчас сделать нельзя; закройте другие окна и повторите.</translation>
    </message>
    <message>
      <source>The vault is damaged or tampered with: {names} do not match what the vault last wrote (rows missing, changed, or put back from an older copy of the database). Nothing was changed. Restore the vault from a backup.</source>
      <translation>Хранилище повреждено или в него вмешивались: {names} не совпадают с тем, что хранилище записало последним (строки отсутствуют, изменены или возвращены из старой копии базы данных). Ничего не изменено. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
      <source>The vault is damaged or tampered with: its record of the tables cannot be read.</source>
      <translation>Хранилище повреждено или в него вмешивались: невозможно прочитать его запись о таблицах.</translation>
    </message>
    <message>
      <source>{label} failed its integrity check: its key record was changed.</source>
      <translation>{label} не прошло проверку целостности: его запись ключа была изменена.</translation>
    </message>
    <message>
      <source>{label} is missing its encrypted file.</source>
      <translation>У {label} отсутствует зашифрованный файл.</translation>
    </message>
    <message>
      <source>{label} cannot be read ({exc_strerror}).</source>
      <translation>Невозможно прочитать {label} ({exc_strerror}).</translation>
    </message>
    <message>
      <source>{label} failed its integrity check: {exc_reason}; the file was changed outside the vault.</source>
      <translation>{label} не прошло проверку целостности: {exc_reason}; файл был изменён вне хранилища.</translation>
    </message>
    <message>
      <source>A case takes at most {MAX_REGIONS} regions.</source>
      <translation>У дела может быть не более {MAX_REGIONS} регионов.</translation>
    </message>
    <message>
      <source>Name what to change: the title and/or the regions.</source>
      <translation>Укажите, что изменить: название и/или регионы.</translation>
    </message>
    <message>
      <source>No case with id {case_id}.</source>
      <translation>Нет дела с id {case_id}.</translation>
    </message>
    <message>
      <source>Unknown region {shown}: use ISO 3166 two-letter country codes such as AM, AZ, RU, GE (several: separated by commas).</source>
      <translation>Неизвестный регион {shown}: используйте двухбуквенные коды стран ISO 3166, например AM, AZ, RU, GE (несколько — через запятую).</translation>
    </message>
    <message>
      <source>Unknown consent category {join_map_repr_unknown}: use {join_CATEGORIES}.</source>
      <translation>Неизвестная категория согласия {join_map_repr_unknown}: используйте {join_CATEGORIES}.</translation>
    </message>
    <message>
      <source>Consent must name at least one category; to share with nobody, withdraw.</source>
      <translation>В согласии должна быть хотя бы одна категория; чтобы не передавать никому, отзовите согласие.</translation>
    </message>
    <message>
      <source>Unknown anonymity {value}: use required or waived.</source>
      <translation>Неизвестное значение анонимности {value}: используйте required или waived.</translation>
    </message>
    <message>
      <source>No consent record with id {consent_id}.</source>
      <translation>Нет записи о согласии с id {consent_id}.</translation>
    </message>
    <message>
      <source>A role cannot be both added and dropped.</source>
      <translation>Роль нельзя одновременно добавить и убрать.</translation>
    </message>
    <message>
      <source>Person {person_code} must keep at least one role.</source>
      <translation>У лица {person_code} должна остаться хотя бы одна роль.</translation>
    </message>
    <message>
      <source>Person {person_code} is {role} in a statement or incident of the case: the role stays while that record does.</source>
      <translation>Лицо {person_code} выступает как {role} в показаниях или инциденте дела: роль сохраняется, пока существует эта запись.</translation>
    </message>
    <message>
      <source>The {what} {text} has a year outside {MIN_YEAR}-{MAX_YEAR}.</source>
      <translation>{what} {text}: год вне диапазона {MIN_YEAR}-{MAX_YEAR}.</translation>
    </message>
    <message>
      <source>The {what} {text} has no month {month}.</source>
      <translation>{what} {text}: нет месяца {month}.</translation>
    </message>
    <message>
      <source>Cannot read the {what} {text}: {FORMS}.</source>
      <translation>Невозможно прочитать {what} {text}: {FORMS}.</translation>
    </message>
    <message>
      <source>Cannot read the {what} {original}: {FORMS}.</source>
      <translation>Невозможно прочитать {what} {original}: {FORMS}.</translation>
    </message>
    <message>
      <source>The {what} {text} is not a day of the calendar.</source>
      <translation>{what} {text}: такого дня нет в календаре.</translation>
    </message>
    <message>
      <source>No facility with id {facility_id}.</source>
      <translation>Нет учреждения с id {facility_id}.</translation>
    </message>
    <message>
      <source>Facility {facility_id} does not belong to case {code}.</source>
      <translation>Учреждение {facility_id} не относится к делу {code}.</translation>
    </message>
    <message>
      <source>The vault header is far too large; it was tampered with.</source>
      <translation>Заголовок хранилища слишком велик; в него вмешивались.</translation>
    </message>
    <message>
      <source>{vault_dir} is not an Evidence Vault.</source>
      <translation>{vault_dir} — не хранилище Evidence Vault.</translation>
    </message>
    <message>
      <source>{path} is of a format this program does not understand; update Evidence Vault.</source>
      <translation>{path} имеет формат, непонятный этой программе; обновите Evidence Vault.</translation>
    </message>
    <message>
      <source>The vault header's key slots were changed outside the vault.</source>
      <translation>Слоты ключей в заголовке хранилища были изменены вне хранилища.</translation>
    </message>
    <message>
      <source>This vault has no {slot_type} slot (it was erased); open it with the escrow identity if one was kept.</source>
      <translation>В этом хранилище нет слота {slot_type} (он стёрт); откройте его депонированным идентификатором, если он сохранён.</translation>
    </message>
    <message>
      <source>The vault header failed its integrity check: it was changed outside the vault.</source>
      <translation>Заголовок хранилища не прошёл проверку целостности: он был изменён вне хранилища.</translation>
    </message>
    <message>
      <source>{path} is not a readable vault header.</source>
      <translation>{path} — нечитаемый заголовок хранилища.</translation>
    </message>
    <message>
      <source>The vault header is malformed; it was changed outside the vault.</source>
      <translation>Заголовок хранилища искажён; он был изменён вне хранилища.</translation>
    </message>
    <message>
      <source>The vault header has a malformed key slot.</source>
      <translation>В заголовке хранилища искажённый слот ключа.</translation>
    </message>
    <message>
      <source>This vault has no escrow slot.</source>
      <translation>В этом хранилище нет депонированного слота.</translation>
    </message>
    <message>
      <source>The escrow slot belongs to a different vault.</source>
      <translation>Депонированный слот принадлежит другому хранилищу.</translation>
    </message>
    <message>
      <source>That age identity does not open this vault's escrow slot.</source>
      <translation>Этот идентификатор age не открывает депонированный слот хранилища.</translation>
    </message>
    <message>
      <source>The vault header is older than its database (header at event {header_counter}, database at {db_head}): an old copy of the header was put back. Nothing was changed.</source>
      <translation>Заголовок хранилища старше его базы данных (заголовок на событии {header_counter}, база данных на {db_head}): была возвращена старая копия заголовка. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The vault database is older than its header (database at event {db_head}, header at {header_counter}): an old copy of the database was put back. Nothing was changed.</source>
      <translation>База данных хранилища старше его заголовка (база данных на событии {db_head}, заголовок на {header_counter}): была возвращена старая копия базы данных. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The vault database is busy; the format upgrade did not start.</source>
      <translation>База данных хранилища занята; обновление формата не начато.</translation>
    </message>
    <message>
      <source>The backup copy of {source_name} does not match the original; the format upgrade did not start.</source>
      <translation>Резервная копия {source_name} не совпадает с оригиналом; обновление формата не начато.</translation>
    </message>
    <message>
      <source>The disk refused a write ({os_strerror_exc_errno_or_0}): {what} was not saved.</source>
      <translation type="vanished">Диск отказал в записи ({os_strerror_exc_errno_or_0}): {what} не сохранено.</translation>
    </message>
    <message>
      <source>The disk is full: {what} was not saved; the vault is unchanged.</source>
      <translation type="vanished">Диск заполнен: {what} не сохранено; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: {what} was not saved.</source>
      <translation type="vanished">Диск доступен только для чтения: {what} не сохранено.</translation>
    </message>
    <message>
      <source>{path} already exists; choose a new file name.</source>
      <translation>{path} уже существует; выберите новое имя файла.</translation>
    </message>
    <message>
      <source>Cannot create {path}: {os_strerror_exc_errno_or_0}.</source>
      <translation>Невозможно создать {path}: {os_strerror_exc_errno_or_0}.</translation>
    </message>
    <message>
      <source>{vault_dir} is not a folder (nothing is there).</source>
      <translation>{vault_dir} — не папка (там ничего нет).</translation>
    </message>
    <message>
      <source>{vault_dir} is not a folder.</source>
      <translation>{vault_dir} — не папка.</translation>
    </message>
    <message>
      <source>This vault uses a key-file format this program does not understand ({magic_6_hex}); update Evidence Vault to open it.</source>
      <translation>Это хранилище использует формат файла ключей, непонятный этой программе ({magic_6_hex}); обновите Evidence Vault, чтобы открыть его.</translation>
    </message>
    <message>
      <source>The vault's key file {path} has the wrong size; it was changed outside the vault.</source>
      <translation>Файл ключей хранилища {path} имеет неверный размер; он был изменён вне хранилища.</translation>
    </message>
    <message>
      <source>The vault's key file holds no key slots.</source>
      <translation>В файле ключей хранилища нет слотов ключей.</translation>
    </message>
    <message>
      <source>{vault_dir} is not an Evidence Vault (no {KEYS_NAME}).</source>
      <translation>{vault_dir} — не хранилище Evidence Vault (нет {KEYS_NAME}).</translation>
    </message>
    <message>
      <source>No incident with id {incident_id}.</source>
      <translation>Нет инцидента с id {incident_id}.</translation>
    </message>
    <message>
      <source>EVIDENCE_VAULT_KDF={mode} is not a known setting.</source>
      <translation>EVIDENCE_VAULT_KDF={mode} — неизвестная настройка.</translation>
    </message>
    <message>
      <source>EVIDENCE_VAULT_KDF=fast is for the test suite only (it needs EVIDENCE_VAULT_TESTING=1); unset it to create a real vault.</source>
      <translation>EVIDENCE_VAULT_KDF=fast только для тестов (нужно EVIDENCE_VAULT_TESTING=1); уберите её, чтобы создать настоящее хранилище.</translation>
    </message>
    <message>
      <source>The vault header asks for key-derivation costs above the allowed maximum (memory {self_memory_kib} KiB, {self_time_cost} passes); refusing to run it. The header was probably tampered with.</source>
      <translation>Заголовок хранилища требует параметров выработки ключа выше допустимого максимума (память {self_memory_kib} КиБ, проходов {self_time_cost}); запуск отклонён. Вероятно, в заголовок вмешивались.</translation>
    </message>
    <message>
      <source>The key slot's key-derivation parameters are invalid.</source>
      <translation>Параметры выработки ключа в слоте недопустимы.</translation>
    </message>
    <message>
      <source>Unknown key-derivation function {data_alg}.</source>
      <translation>Неизвестная функция выработки ключа {data_alg}.</translation>
    </message>
    <message>
      <source>The key slot's key-derivation parameters are malformed.</source>
      <translation>Параметры выработки ключа в слоте искажены.</translation>
    </message>
    <message>
      <source>That recipient makes an escrow slot too large for the key file.</source>
      <translation>С этим получателем депонированный слот слишком велик для файла ключей.</translation>
    </message>
    <message>
      <source>That is not a recovery code: it should be {RECOVERY_CODE_CHARS} letters and digits in groups of five.</source>
      <translation>Это не код восстановления: он должен состоять из {RECOVERY_CODE_CHARS} букв и цифр группами по пять.</translation>
    </message>
    <message>
      <source>The identity file {path} holds no age X25519 identity.</source>
      <translation>В файле идентификатора {path} нет идентификатора age X25519.</translation>
    </message>
    <message>
      <source>The format 1 key slot is malformed.</source>
      <translation>Слот ключа формата 1 искажён.</translation>
    </message>
    <message>
      <source>The vault's key file is cut short.</source>
      <translation>Файл ключей хранилища обрезан.</translation>
    </message>
    <message>
      <source>The escrow slot is malformed.</source>
      <translation>Депонированный слот искажён.</translation>
    </message>
    <message>
      <source>That is not an age X25519 recipient (it should start with 'age1').</source>
      <translation>Это не получатель age X25519 (должен начинаться с 'age1').</translation>
    </message>
    <message>
      <source>Cannot read the identity file {path}.</source>
      <translation>Невозможно прочитать файл идентификатора {path}.</translation>
    </message>
    <message>
      <source>The identity file {path} holds a malformed age key.</source>
      <translation>В файле идентификатора {path} искажённый ключ age.</translation>
    </message>
    <message>
      <source>Records of type {record_type} cannot be linked.</source>
      <translation>Записи типа {record_type} нельзя связывать.</translation>
    </message>
    <message>
      <source>Cannot read the record {text}: write TYPE:ID with TYPE one of {join_LINKABLE}.</source>
      <translation>Невозможно прочитать запись {text}: пишите TYPE:ID, где TYPE — одно из {join_LINKABLE}.</translation>
    </message>
    <message>
      <source>A {src_0} cannot be linked to a {dst_0}.</source>
      <translation>{src_0} нельзя связать с {dst_0}.</translation>
    </message>
    <message>
      <source>A {src_0} -&gt; {dst_0} link cannot be {role}: use {join_allowed}.</source>
      <translation>Связь {src_0} -&gt; {dst_0} не может иметь роль {role}: используйте {join_allowed}.</translation>
    </message>
    <message>
      <source>The {src_0} and the {dst_0} belong to different cases.</source>
      <translation>{src_0} и {dst_0} относятся к разным делам.</translation>
    </message>
    <message>
      <source>These records are already linked ({exists_0}).</source>
      <translation>Эти записи уже связаны ({exists_0}).</translation>
    </message>
    <message>
      <source>No link with id {link_id}.</source>
      <translation>Нет связи с id {link_id}.</translation>
    </message>
    <message>
      <source>Say how the {dst_0} takes part: one of {join_allowed}.</source>
      <translation>Укажите, как участвует {dst_0}: одно из {join_allowed}.</translation>
    </message>
    <message>
      <source>A {self_kind} list has no column {key}.</source>
      <translation>В списке {self_kind} нет столбца {key}.</translation>
    </message>
    <message>
      <source>A page holds 1 to {MAX_PAGE} rows from row 0 on.</source>
      <translation>Страница содержит от 1 до {MAX_PAGE} строк, начиная со строки 0.</translation>
    </message>
    <message>
      <source>No list of {kind}; lists: {known}.</source>
      <translation>Нет списка {kind}; списки: {known}.</translation>
    </message>
    <message>
      <source>Unknown role {role}: use one of {join_ROLES}.</source>
      <translation>Неизвестная роль {role}: используйте одну из {join_ROLES}.</translation>
    </message>
    <message>
      <source>A person can have at most {MAX_ALIASES} aliases.</source>
      <translation>У лица может быть не более {MAX_ALIASES} других имён.</translation>
    </message>
    <message>
      <source>The code {code_40} does not fit a {role}: it must be {CODE_PREFIX_role}- followed by letters or digits.</source>
      <translation>Код {code_40} не подходит для роли {role}: он должен начинаться с {CODE_PREFIX_role}- и далее буквы или цифры.</translation>
    </message>
    <message>
      <source>The code {code} is already used in this case.</source>
      <translation>Код {code} уже используется в этом деле.</translation>
    </message>
    <message>
      <source>No person with id {person_id}.</source>
      <translation>Нет лица с id {person_id}.</translation>
    </message>
    <message>
      <source>The {what} {person_id} is not a person of case {code}.</source>
      <translation>{what} {person_id} — не лицо из дела {code}.</translation>
    </message>
    <message>
      <source>Person {person_code} ({person_id}) takes part in statement {used_0}; a person who gave or took a statement cannot be deleted.</source>
      <translation>Лицо {person_code} ({person_id}) участвует в показаниях {used_0}; лицо, давшее или принявшее показания, нельзя удалить.</translation>
    </message>
    <message>
      <source>The {what} {person_id} is not a known person.</source>
      <translation>{what} {person_id} — неизвестное лицо.</translation>
    </message>
    <message>
      <source>Unknown anonymity {anonymity}: use required or waived.</source>
      <translation>Неизвестное значение анонимности {anonymity}: используйте required или waived.</translation>
    </message>
    <message>
      <source>Unknown record type {record_type}: use one of {join_RECORD_TYPES}.</source>
      <translation>Неизвестный тип записи {record_type}: используйте один из {join_RECORD_TYPES}.</translation>
    </message>
    <message>
      <source>Unknown record type {kind}: use one of {join_KINDS}.</source>
      <translation>Неизвестный тип записи {kind}: используйте один из {join_KINDS}.</translation>
    </message>
    <message>
      <source>Name the {what}: an id, its first {MIN_PREFIX}+ characters, or a code.</source>
      <translation type="vanished">Укажите {what}: id, его первые {MIN_PREFIX}+ символов или код.</translation>
    </message>
    <message>
      <source>No {what} with {how} {text}{where}.</source>
      <translation type="vanished">Нет {what} с {how} {text}{where}.</translation>
    </message>
    <message>
      <source>{text} fits {len_found} records ({listed}{more}): {advice}.</source>
      <translation type="vanished">{text} подходит к записям ({len_found}: {listed}{more}): {advice}.</translation>
    </message>
    <message>
      <source>{words_0} and {words_1} name different records.</source>
      <translation>{words_0} и {words_1} указывают на разные записи.</translation>
    </message>
    <message>
      <source>Cannot read {text_80}: write CASE/CODE, e.g. C-002/W-001.</source>
      <translation>Невозможно прочитать {text_80}: пишите ДЕЛО/КОД, напр. C-002/W-001.</translation>
    </message>
    <message>
      <source>{text} names another case than the one given.</source>
      <translation>{text} указывает на другое дело, а не на заданное.</translation>
    </message>
    <message>
      <source>{text} is a {named} code, not the code of a {kind}.</source>
      <translation type="vanished">{text} — код {named}, а не код {kind}.</translation>
    </message>
    <message>
      <source>No {what} with id {text_80}: give an id, its first {MIN_PREFIX}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation type="vanished">Нет {what} с id {text_80}: укажите id, его первые {MIN_PREFIX}+ символов или код вида C-001, W-001, S-001, A-001.</translation>
    </message>
    <message>
      <source>No {kind} with id {text}: it is {other_0_describe}.</source>
      <translation type="vanished">Нет {kind} с id {text}: это {other_0_describe}.</translation>
    </message>
    <message>
      <source>{text} is not a {kind_or_elsewhere_0} of case {case_code_vault_case_id}: it belongs to another case.</source>
      <translation type="vanished">{text} — не {kind_or_elsewhere_0} дела {case_code_vault_case_id}: относится к другому делу.</translation>
    </message>
    <message>
      <source>{text} is too short to name a {what}: give at least {MIN_PREFIX} characters of its id, or its code.</source>
      <translation type="vanished">{text} слишком короток, чтобы указать {what}: дайте не менее {MIN_PREFIX} символов id или код.</translation>
    </message>
    <message>
      <source>The vault database is being read by another part of the program; close other windows and try the rekey again. Nothing was changed.</source>
      <translation>База данных хранилища читается другой частью программы; закройте другие окна и повторите смену ключа. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The vault database still has unsaved pages; the rekey stopped.</source>
      <translation>В базе данных хранилища ещё есть несохранённые страницы; смена ключа остановлена.</translation>
    </message>
    <message>
      <source>The rekey failed in the database ({exc}).</source>
      <translation>Смена ключа не удалась в базе данных ({exc}).</translation>
    </message>
    <message>
      <source>No {kind} with id {record_id}.</source>
      <translation>Нет {kind} с id {record_id}.</translation>
    </message>
    <message>
      <source>{label} is already retracted (or its case is).</source>
      <translation type="vanished">{label} уже отозвано (или отозвано его дело).</translation>
    </message>
    <message>
      <source>{label} is still used by {len_using} {what} ({join_using_10}): {advice}; nothing was retracted.</source>
      <translation type="vanished">{label} ещё используется ({len_using}, {what}: {join_using_10}): {advice}; ничего не отозвано.</translation>
    </message>
    <message>
      <source>{label} is retracted: it is kept as it was and cannot be used.</source>
      <translation>{label} отозвано: оно хранится как было, но использовать его нельзя.</translation>
    </message>
    <message>
      <source>{folder} has no case.json: it is not a sample case folder.</source>
      <translation>В {folder} нет case.json: это не папка образца дела.</translation>
    </message>
    <message>
      <source>{path} is larger than 1 MiB.</source>
      <translation>{path} больше 1 МиБ.</translation>
    </message>
    <message>
      <source>{path} needs an object with a case_title.</source>
      <translation>{path} должен содержать объект с case_title.</translation>
    </message>
    <message>
      <source>{path} is not valid JSON (line {exc_lineno}).</source>
      <translation>{path} — недопустимый JSON (строка {exc_lineno}).</translation>
    </message>
    <message>
      <source>Cannot search for this text: {exc}.</source>
      <translation>Невозможно искать этот текст: {exc}.</translation>
    </message>
    <message>
      <source>The search is longer than {MAX_QUERY_CHARS} characters.</source>
      <translation>Поисковый запрос длиннее {MAX_QUERY_CHARS} символов.</translation>
    </message>
    <message>
      <source>Nothing to search for in {text}: type at least one word (letters or digits).</source>
      <translation>В {text} нечего искать: введите хотя бы одно слово (буквы или цифры).</translation>
    </message>
    <message>
      <source>The vault's state file is malformed.</source>
      <translation>Файл состояния хранилища искажён.</translation>
    </message>
    <message>
      <source>The vault state belongs to another vault.</source>
      <translation>Состояние хранилища относится к другому хранилищу.</translation>
    </message>
    <message>
      <source>The vault state is malformed.</source>
      <translation>Состояние хранилища искажено.</translation>
    </message>
    <message>
      <source>The vault's state file {STATE_NAME} is missing or unreadable; it was removed or changed outside the vault.</source>
      <translation>Файл состояния хранилища {STATE_NAME} отсутствует или нечитаем; его удалили или изменили вне хранилища.</translation>
    </message>
    <message>
      <source>Unknown {what} {tag}: use an IETF language tag such as hy, ru, en or az-Latn.</source>
      <translation>Неизвестный тег ({what}) {tag}: используйте языковой тег IETF, например hy, ru, en или az-Latn.</translation>
    </message>
    <message>
      <source>Unknown statement kind {kind}: use {join_KINDS}.</source>
      <translation>Неизвестный вид показаний {kind}: используйте {join_KINDS}.</translation>
    </message>
    <message>
      <source>The {what} is empty.</source>
      <translation>Пусто: {what}.</translation>
    </message>
    <message>
      <source>The {what} contains NUL characters.</source>
      <translation>{what}: содержит символы NUL.</translation>
    </message>
    <message>
      <source>The witness cannot also be the interviewer or interpreter.</source>
      <translation>Свидетель не может быть также опрашивающим или переводчиком.</translation>
    </message>
    <message>
      <source>Name what to change (language, interview date, place, ...).</source>
      <translation>Укажите, что изменить (язык, дату опроса, место, …).</translation>
    </message>
    <message>
      <source>Unknown order {order}: use {join_ORDERS}.</source>
      <translation>Неизвестный порядок {order}: используйте {join_ORDERS}.</translation>
    </message>
    <message>
      <source>Give a new text or a new translation for the statement.</source>
      <translation>Укажите новый текст или новый перевод показаний.</translation>
    </message>
    <message>
      <source>The new text is identical to version {statement_current_number}; nothing was changed.</source>
      <translation>Новый текст совпадает с версией {statement_current_number}; ничего не изменено.</translation>
    </message>
    <message>
      <source>No statement with id {statement_id}.</source>
      <translation>Нет показаний с id {statement_id}.</translation>
    </message>
    <message>
      <source>No statement version with id {version_id}.</source>
      <translation>Нет версии показаний с id {version_id}.</translation>
    </message>
    <message>
      <source>Statement {statement_id} does not belong to case {code}.</source>
      <translation>Показания {statement_id} не относятся к делу {code}.</translation>
    </message>
    <message>
      <source>The vault database is damaged ({exc}); nothing was changed. Restore the vault from a backup.</source>
      <translation>База данных хранилища повреждена ({exc}); ничего не изменено. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
      <source>The database refused the write: nothing was saved.</source>
      <translation>База данных отказала в записи: ничего не сохранено.</translation>
    </message>
    <message>
      <source>The database refused required settings: {sorted_wrong}.</source>
      <translation>База данных отвергла обязательные настройки: {sorted_wrong}.</translation>
    </message>
    <message>
      <source>The disk refused the database write (is it full?): nothing was saved; the vault is unchanged.</source>
      <translation>Диск отказал в записи базы данных (он заполнен?): ничего не сохранено; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is full: nothing was saved; the vault is unchanged.</source>
      <translation>Диск заполнен: ничего не сохранено; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The vault is on a read-only disk: nothing was saved.</source>
      <translation>Хранилище находится на диске только для чтения: ничего не сохранено.</translation>
    </message>
    <message>
      <source>The vault database is at schema {current}, newer than this program ({latest}).</source>
      <translation>База данных хранилища имеет схему {current}, более новую, чем эта программа ({latest}).</translation>
    </message>
    <message>
      <source>The vault database cannot be decrypted: it is damaged or belongs to another vault.</source>
      <translation>Базу данных хранилища невозможно расшифровать: она повреждена или принадлежит другому хранилищу.</translation>
    </message>
    <message>
      <source>The disk refused to open the vault database ({exc}; is it full?); nothing was changed.</source>
      <translation>Диск отказал в открытии базы данных хранилища ({exc}; он заполнен?); ничего не изменено.</translation>
    </message>
    <message>
      <source>Cannot read {path}: it is not a regular file.</source>
      <translation>Невозможно прочитать {path}: это не обычный файл.</translation>
    </message>
    <message>
      <source>{label} is UTF-16, not UTF-8: save it as UTF-8 and try again.</source>
      <translation>{label} в кодировке UTF-16, а не UTF-8: сохраните его в UTF-8 и повторите.</translation>
    </message>
    <message>
      <source>{label} contains NUL characters: it is not a text file.</source>
      <translation>{label} содержит символы NUL: это не текстовый файл.</translation>
    </message>
    <message>
      <source>{label} is empty.</source>
      <translation>{label} пуст.</translation>
    </message>
    <message>
      <source>The {what} is not valid UTF-8 text.</source>
      <translation>{what}: недопустимый текст UTF-8.</translation>
    </message>
    <message>
      <source>The {what} contains control characters.</source>
      <translation>{what}: содержит управляющие символы.</translation>
    </message>
    <message>
      <source>The {what} contains invisible text-direction override characters.</source>
      <translation>{what}: содержит невидимые символы смены направления текста.</translation>
    </message>
    <message>
      <source>The {what} is longer than {max_chars} characters.</source>
      <translation>{what}: длиннее {max_chars} символов.</translation>
    </message>
    <message>
      <source>The {what} contains invisible formatting characters ({listed}), which can make it display as something else; type it without them.</source>
      <translation>{what}: содержит невидимые символы форматирования ({listed}), из-за которых текст может выглядеть иначе; введите его без них.</translation>
    </message>
    <message>
      <source>The {what} are not valid UTF-8 text.</source>
      <translation>{what}: недопустимый текст UTF-8.</translation>
    </message>
    <message>
      <source>The {what} contain control characters.</source>
      <translation>{what}: содержат управляющие символы.</translation>
    </message>
    <message>
      <source>The {what} are longer than {max_chars} characters.</source>
      <translation>{what}: длиннее {max_chars} символов.</translation>
    </message>
    <message>
      <source>The {what} file {path} is larger than {MAX_TEXT_FILE_BYTES_1024_1024} MiB; split it or attach it instead.</source>
      <translation>Файл ({what}) {path} больше {MAX_TEXT_FILE_BYTES_1024_1024} МиБ; разделите его или прикрепите как вложение.</translation>
    </message>
    <message>
      <source>{label} is not UTF-8 text (invalid byte at offset {exc_start}): save it as UTF-8 and try again.</source>
      <translation>{label} — не текст UTF-8 (недопустимый байт по смещению {exc_start}): сохраните его в UTF-8 и повторите.</translation>
    </message>
    <message>
      <source>Unknown topic {join_map_repr_unknown}: use one of {join_TOPICS}.</source>
      <translation>Неизвестная тема {join_map_repr_unknown}: используйте одну из {join_TOPICS}.</translation>
    </message>
    <message>
      <source>Wrong passphrase.</source>
      <translation>Неверная парольная фраза.</translation>
    </message>
    <message>
      <source>The vault's state file was not sealed by this vault's key: it was replaced or changed outside the vault. Nothing was changed.</source>
      <translation>Файл состояния хранилища не запечатан ключом этого хранилища: его заменили или изменили вне хранилища. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The vault database cannot be decrypted with the key this secret opens: it is damaged, belongs to another vault, or was put back from before a rekey.</source>
      <translation>Базу данных хранилища невозможно расшифровать ключом, который открывает этот секрет: она повреждена, принадлежит другому хранилищу или возвращена из копии до смены ключа.</translation>
    </message>
    <message>
      <source>Wrong recovery code.</source>
      <translation>Неверный код восстановления.</translation>
    </message>
    <message>
      <source>The operator name must be 1 to 200 printable characters.</source>
      <translation>Имя оператора должно содержать от 1 до 200 печатаемых символов.</translation>
    </message>
    <message>
      <source>The vault state is older than its database (state at event {counter}, database at {db_seq}): an old copy of the state was put back. Nothing was changed.</source>
      <translation>Состояние хранилища старше его базы данных (состояние на событии {counter}, база данных на {db_seq}): была возвращена старая копия состояния. Ничего не изменено.</translation>
    </message>
    <message>
      <source>Cannot open the vault at {path}: {exc_strerror}.</source>
      <translation>Невозможно открыть хранилище в {path}: {exc_strerror}.</translation>
    </message>
    <message>
      <source>This vault is open in another window or process; close it first.</source>
      <translation>Это хранилище открыто в другом окне или процессе; сначала закройте его там.</translation>
    </message>
    <message>
      <source>{path} already exists and is not an empty folder.</source>
      <translation>{path} уже существует и не является пустой папкой.</translation>
    </message>
    <message>
      <source>The vault is locked; unlock it again to continue.</source>
      <translation>Хранилище заблокировано; разблокируйте его, чтобы продолжить.</translation>
    </message>
    <message>
      <source>The vault database is older than its state (database at event {db_seq}, state at {counter}): an old copy of the database was put back. Nothing was changed.</source>
      <translation>База данных хранилища старше его состояния (база данных на событии {db_seq}, состояние на {counter}): была возвращена старая копия базы данных. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The vault state was changed by another program while the vault was open; it was not overwritten. Close the vault and open it again.</source>
      <translation>Состояние хранилища изменила другая программа, пока хранилище было открыто; оно не перезаписано. Закройте хранилище и откройте снова.</translation>
    </message>
    <message>
      <source>The vault state does not describe the key slots in use; one of the two files was changed outside the vault. Nothing was changed.</source>
      <translation>Состояние хранилища не соответствует используемым слотам ключей; один из двух файлов изменён вне хранилища. Ничего не изменено.</translation>
    </message>
    <message>
      <source>The vault at {path} is on a read-only disk; Evidence Vault writes to the vault folder even to read it. Copy the folder to a writable disk and open the copy.</source>
      <translation>Хранилище в {path} находится на диске только для чтения; Evidence Vault пишет в папку хранилища даже при чтении. Скопируйте папку на записываемый диск и откройте копию.</translation>
    </message>
    <message>
      <source>The vault database {db_path} is missing.</source>
      <translation>База данных хранилища {db_path} отсутствует.</translation>
    </message>
    <message>
      <source>The vault is damaged or tampered: its custody log is not the one the vault state records (same length, other events). Nothing was changed.</source>
      <translation>Хранилище повреждено или в него вмешивались: его журнал хранения доказательств не тот, что записан в состоянии хранилища (та же длина, другие события). Ничего не изменено.</translation>
    </message>
    <message>
      <source>The change was saved, but the disk refused to update the vault state (is it full?); the next open repairs it. Do not repeat the change.</source>
      <translation type="vanished">Изменение сохранено, но диск отказал в обновлении состояния хранилища (он заполнен?); при следующем открытии оно будет восстановлено. Не повторяйте изменение.</translation>
    </message>
    <message>
      <source>The passphrase must have at least {MIN_PASSPHRASE_CHARS} characters.</source>
      <translation>Парольная фраза должна содержать не менее {MIN_PASSPHRASE_CHARS} символов.</translation>
    </message>
    <message>
      <source>The key slots of this vault were changed or erased while it was open; they were not rewritten. Close the vault now.</source>
      <translation>Слоты ключей этого хранилища изменены или стёрты, пока оно было открыто; они не перезаписаны. Закройте хранилище сейчас.</translation>
    </message>
    <message>
      <source>This vault has no escrow slot to remove.</source>
      <translation>В этом хранилище нет депонированного слота для удаления.</translation>
    </message>
    <message>
      <source>The disk refused to write the key slots (is it full?): they were not changed; the vault still opens as before.</source>
      <translation>Диск отказал в записи слотов ключей (он заполнен?): они не изменены; хранилище открывается как прежде.</translation>
    </message>
    <message>
      <source>An encrypted bundle needs at least one age recipient.</source>
      <translation>Зашифрованному пакету нужен хотя бы один получатель age.</translation>
    </message>
    <message>
      <source>{show_name_name} changed size while it was being exported; nothing was written.</source>
      <translation>{show_name_name} изменил размер во время экспорта; ничего не записано.</translation>
    </message>
    <message>
      <source>{show_name_self__name} changed size while it was being exported; nothing was written.</source>
      <translation>{show_name_self__name} изменил размер во время экспорта; ничего не записано.</translation>
    </message>
    <message>
      <source>{out} already exists; choose another name or remove it first.</source>
      <translation>{out} уже существует; выберите другое имя или сначала удалите его.</translation>
    </message>
    <message>
      <source>The folder {out_parent} does not exist; create it first.</source>
      <translation>Папка {out_parent} не существует; сначала создайте её.</translation>
    </message>
    <message>
      <source>Cannot export a file named {show_name_name}: it {problem}.</source>
      <translation>Невозможно экспортировать файл с именем {show_name_name}: оно {problem}.</translation>
    </message>
    <message>
      <source>Cannot export {show_name_name} twice in one bundle.</source>
      <translation>Нельзя экспортировать {show_name_name} дважды в одном пакете.</translation>
    </message>
    <message>
      <source>Cannot read {show_name_name} to export it: {exc_strerror}.</source>
      <translation>Невозможно прочитать {show_name_name} для экспорта: {exc_strerror}.</translation>
    </message>
    <message>
      <source>{show_name_str_path_relative_to_folder} in the bundle folder is a link or special file; only plain files can be exported.</source>
      <translation>{show_name_str_path_relative_to_folder} в папке пакета — ссылка или специальный файл; экспортировать можно только обычные файлы.</translation>
    </message>
    <message>
      <source>Encrypting the bundle {out_name} failed: {exc}.</source>
      <translation>Не удалось зашифровать пакет {out_name}: {exc}.</translation>
    </message>
    <message>
      <source>{name} changed between the two passes of the export (or no longer matches its intake hash); nothing was exported.</source>
      <translation>{name} изменился между двумя проходами экспорта (или больше не совпадает с хешем при приёме); ничего не экспортировано.</translation>
    </message>
    <message>
      <source>The evidence profile exports unredacted originals with their names: it needs at least one recipient so the bundle is encrypted.</source>
      <translation>Профиль «доказательства» экспортирует оригиналы без скрытия сведений, с именами: нужен хотя бы один получатель, чтобы пакет был зашифрован.</translation>
    </message>
    <message>
      <source>A bundle is either a zip or encrypted for recipients (an encrypted bundle is one file), not both.</source>
      <translation>Пакет либо zip, либо зашифрован для получателей (зашифрованный пакет — один файл), но не то и другое.</translation>
    </message>
    <message>
      <source>{out} already exists; choose a new name.</source>
      <translation>{out} уже существует; выберите новое имя.</translation>
    </message>
    <message>
      <source>The folder {out_parent} does not exist.</source>
      <translation>Папка {out_parent} не существует.</translation>
    </message>
    <message>
      <source>This vault has no record of a commitment for bundle {bundle_id}.</source>
      <translation>В этом хранилище нет записи об обязательстве для пакета {bundle_id}.</translation>
    </message>
    <message>
      <source>{name} could not be read back before writing; nothing was exported.</source>
      <translation>{name} не удалось прочитать перед записью; ничего не экспортировано.</translation>
    </message>
    <message>
      <source>Case {case_code} is retracted; nothing of it is exported.</source>
      <translation>Дело {case_code} отозвано; из него ничего не экспортируется.</translation>
    </message>
    <message>
      <source>Statement {statement_id} is not part of case {case_id}.</source>
      <translation>Показания {statement_id} не входят в дело {case_id}.</translation>
    </message>
    <message>
      <source>Statement {statement_code} ({statement_id}) is retracted; it is never exported.</source>
      <translation>Показания {statement_code} ({statement_id}) отозваны; они никогда не экспортируются.</translation>
    </message>
    <message>
      <source>A signer fingerprint is 64 hexadecimal digits (SHA-256 of the public key), as verify and `signer list` print it.</source>
      <translation>Отпечаток подписанта — 64 шестнадцатеричные цифры (SHA-256 открытого ключа), как их выводят verify и `signer list`.</translation>
    </message>
    <message>
      <source>The key's fingerprint {grouped_fingerprint_key_fingerprint} is not the one given; nothing was trusted. Ask the sender to read theirs out again.</source>
      <translation>Отпечаток ключа {grouped_fingerprint_key_fingerprint} не совпадает с указанным; доверие не установлено. Попросите отправителя зачитать свой отпечаток ещё раз.</translation>
    </message>
    <message>
      <source>A signer name must be 1 to {MAX_NAME_CHARS} printable characters.</source>
      <translation>Имя подписанта должно содержать от 1 до {MAX_NAME_CHARS} печатаемых символов.</translation>
    </message>
    <message>
      <source>There is no key file at {path}.</source>
      <translation>В {path} нет файла ключа.</translation>
    </message>
    <message>
      <source>{path} is a folder; give the signer.pub file inside its signature folder.</source>
      <translation>{path} — папка; укажите файл signer.pub в её папке подписи.</translation>
    </message>
    <message>
      <source>{path_name} is not a minisign public key file: {exc}</source>
      <translation>{path_name} — не файл открытого ключа minisign: {exc}</translation>
    </message>
    <message>
      <source>The bundle {path_name} has no {SIGNER_PUB}; it is not signed.</source>
      <translation>В пакете {path_name} нет {SIGNER_PUB}; он не подписан.</translation>
    </message>
    <message>
      <source>The bundle's {SIGNER_PUB} is not a minisign public key: {exc}</source>
      <translation>{SIGNER_PUB} пакета — не открытый ключ minisign: {exc}</translation>
    </message>
    <message>
      <source>The key {grouped_fingerprint_signer_fingerprint} ({existing_name}) was revoked on {human_time_existing_revoked_utc}; a revoked key cannot be trusted again.</source>
      <translation>Ключ {grouped_fingerprint_signer_fingerprint} ({existing_name}) отозван {human_time_existing_revoked_utc}; отозванному ключу нельзя снова доверять.</translation>
    </message>
    <message>
      <source>That key is already trusted, as {existing_name}.</source>
      <translation>Этому ключу уже доверяют под именем {existing_name}.</translation>
    </message>
    <message>
      <source>No trusted signer has the fingerprint {grouped_fingerprint_fingerprint}.</source>
      <translation>Нет доверенного подписанта с отпечатком {grouped_fingerprint_fingerprint}.</translation>
    </message>
    <message>
      <source>{existing_name} was already revoked on {human_time_existing_revoked_utc}.</source>
      <translation>{existing_name} уже отозван {human_time_existing_revoked_utc}.</translation>
    </message>
    <message>
      <source>There is no key file or bundle at {path}.</source>
      <translation>В {path} нет ни файла ключа, ни пакета.</translation>
    </message>
    <message>
      <source>The export's temporary file was changed on disk while the bundle was being written; nothing was exported.</source>
      <translation>Временный файл экспорта изменился на диске во время записи пакета; ничего не экспортировано.</translation>
    </message>
    <message>
      <source>A statement longer than {MAX_TEXT_CHARS} characters cannot be typeset.</source>
      <translation>Показания длиннее {MAX_TEXT_CHARS} символов невозможно сверстать.</translation>
    </message>
    <message>
      <source>No person with id or code {ref}.</source>
      <translation>Нет лица с id или кодом {ref}.</translation>
    </message>
    <message>
      <source>Code {ref} is used in {len_ids} cases: say which case.</source>
      <translation>Код {ref} используется в делах ({len_ids}): укажите, в каком.</translation>
    </message>
    <message>
      <source>No person {ref} in case {case_id}.</source>
      <translation>Нет лица {ref} в деле {case_id}.</translation>
    </message>
    <message>
      <source>The evidence profile carries originals: there is no derivative.</source>
      <translation>Профиль «доказательства» передаёт оригиналы: производного файла нет.</translation>
    </message>
    <message>
      <source>Unknown export profile {profile}; use one of {join_PROFILES}.</source>
      <translation>Неизвестный профиль экспорта {profile}; используйте один из {join_PROFILES}.</translation>
    </message>
    <message>
      <source>No redaction proposal with id {redaction_id}.</source>
      <translation>Нет предложения о скрытии с id {redaction_id}.</translation>
    </message>
    <message>
      <source>Name at least one proposal id.</source>
      <translation>Укажите хотя бы один id предложения.</translation>
    </message>
    <message>
      <source>Unknown reason {reason}; use one of {join_REASONS}.</source>
      <translation>Неизвестная причина {reason}; используйте одну из {join_REASONS}.</translation>
    </message>
    <message>
      <source>Unknown field {field}; use body or translation.</source>
      <translation>Неизвестное поле {field}; используйте body или translation.</translation>
    </message>
    <message>
      <source>Statement {statement_id} has no {field}.</source>
      <translation>В показаниях {statement_id} нет поля {field}.</translation>
    </message>
    <message>
      <source>The span {start}-{end} is outside the {field} (0-{len_text} characters).</source>
      <translation>Фрагмент {start}-{end} выходит за пределы {field} (0-{len_text} символов).</translation>
    </message>
    <message>
      <source>Pages are numbered from 1.</source>
      <translation>Страницы нумеруются с 1.</translation>
    </message>
    <message>
      <source>A box needs x, y &gt;= 0 and a width and height above 0.</source>
      <translation>Для рамки нужны x, y &gt;= 0, ширина и высота больше 0.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} is {media_format_or_of_an_unknown_format}: boxes apply to pictures and PDFs only.</source>
      <translation>Вложение {attachment_id} — {media_format_or_of_an_unknown_format}: рамки применимы только к изображениям и PDF.</translation>
    </message>
    <message>
      <source>{redaction_id} fits {len_found} redactions ({listed}): give more characters of the id.</source>
      <translation>{redaction_id} подходит к нескольким скрытиям ({len_found}: {listed}): укажите больше символов id.</translation>
    </message>
    <message>
      <source>The span {start}-{end} overlaps redaction {record_id} ({field}[{record_start}:{record_end}], already accepted); reject that one first to replace it.</source>
      <translation>Фрагмент {start}-{end} пересекается со скрытием {record_id} ({field}[{record_start}:{record_end}], уже принято); чтобы заменить его, сначала отклоните его.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} is not a PDF: it has only page 1.</source>
      <translation>Вложение {attachment_id} — не PDF: у него только страница 1.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} has {pages} page(s); there is no page {page}.</source>
      <translation>Во вложении {attachment_id} страниц: {pages}; страницы {page} нет.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} already has this box on page {page} (redaction {known_id}); it was not added again.</source>
      <translation>Во вложении {attachment_id} уже есть эта рамка на странице {page} (скрытие {known_id}); повторно не добавлена.</translation>
    </message>
    <message>
      <source>The box starts at {x},{y}, outside the picture ({size_0}x{size_1} pixels as displayed): it would cover nothing.</source>
      <translation>Рамка начинается в {x},{y}, за пределами изображения ({size_0}x{size_1} пикселей на экране): она ничего не закроет.</translation>
    </message>
    <message>
      <source>Nothing to undo.</source>
      <translation>Нечего отменять.</translation>
    </message>
    <message>
      <source>Unknown redaction status {step_now} or {step_back_to}.</source>
      <translation>Неизвестное состояние скрытия {step_now} или {step_back_to}.</translation>
    </message>
    <message>
      <source>Redaction {record_id_8} is {record_status} now, not {step_now}: it was decided again since, so this decision is no longer the last one to undo.</source>
      <translation>Скрытие {record_id_8} сейчас в состоянии {record_status}, а не {step_now}: по нему с тех пор принято новое решение, так что это решение уже не последнее для отмены.</translation>
    </message>
    <message>
      <source>Redaction {record_id_8} was added by hand; it was never proposed.</source>
      <translation>Скрытие {record_id_8} добавлено вручную; оно никогда не предлагалось.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} leaves differently for different profiles (the names each protects differ on its pages): review it for one profile at a time.</source>
      <translation>Вложение {attachment_id} выходит по-разному для разных профилей (защищаемые имена на его страницах различаются): проверяйте его для каждого профиля отдельно.</translation>
    </message>
    <message>
      <source>The evidence profile carries originals, which need no review.</source>
      <translation>Профиль «доказательства» передаёт оригиналы, которым проверка не нужна.</translation>
    </message>
    <message>
      <source>Give the words to redact, not an empty text.</source>
      <translation>Укажите слова для скрытия, а не пустой текст.</translation>
    </message>
    <message>
      <source>Use either an occurrence number or all occurrences, not both.</source>
      <translation>Используйте либо номер вхождения, либо все вхождения, но не то и другое.</translation>
    </message>
    <message>
      <source>The {field} of statement {statement_id} does not contain that text (it must match exactly, capitals and spaces included).</source>
      <translation>{field} показаний {statement_id} не содержит этого текста (он должен совпадать точно, включая заглавные буквы и пробелы).</translation>
    </message>
    <message>
      <source>The text appears {len_starts} time(s); there is no occurrence {occurrence}.</source>
      <translation>Текст встречается {len_starts} раз(а); вхождения {occurrence} нет.</translation>
    </message>
    <message>
      <source>The text appears {len_starts} times in the {field}; choose one occurrence or cover them all.</source>
      <translation>Текст встречается в {field} {len_starts} раз(а); выберите одно вхождение или скройте все.</translation>
    </message>
    <message>
      <source>The span {start}-{end} overlaps redaction {record_id} ({field}[{record_start}:{record_end}], already accepted); nothing was recorded. Reject that one first to replace it.</source>
      <translation>Фрагмент {start}-{end} пересекается со скрытием {record_id} ({field}[{record_start}:{record_end}], уже принято); ничего не записано. Чтобы заменить его, сначала отклоните его.</translation>
    </message>
    <message>
      <source>from EVIDENCE_VAULT_PASSPHRASE</source>
      <translation>из EVIDENCE_VAULT_PASSPHRASE</translation>
    </message>
    <message>
      <source>from a file</source>
      <translation>из файла</translation>
    </message>
    <message>
      <source>from the file {file}</source>
      <translation>из файла {file}</translation>
    </message>
    <message>
      <source>warning: {text}</source>
      <translation>предупреждение: {text}</translation>
    </message>
    <message>
      <source>Run `redact suggest --statement {one} --profile {profile}`, then accept or reject them.</source>
      <translation>Выполните `redact suggest --statement {one} --profile {profile}`, затем примите или отклоните предложения.</translation>
    </message>
    <message>
      <source>Look at it with `redact preview --attachment {attachment} --profile P --out FILE` and review it with --profile P.</source>
      <translation>Просмотрите его командой `redact preview --attachment {attachment} --profile P --out FILE` и отметьте проверку с --profile P.</translation>
    </message>
    <message>
      <source>Look at it with `redact preview --attachment {attachment} --profile {profile} --out FILE`, then run `redact review --attachment {attachment} --profile {profile}`.</source>
      <translation>Просмотрите его командой `redact preview --attachment {attachment} --profile {profile} --out FILE`, затем выполните `redact review --attachment {attachment} --profile {profile}`.</translation>
    </message>
    <message>
      <source>Look at each as it will be exported (`redact preview --attachment ID --profile {data_get_profile_P} --out FILE`) and run `redact review --attachment ID --profile {data_get_profile_P}`, or export with --skip-unreviewed to leave them out.</source>
      <translation>Просмотрите каждое в виде для экспорта (`redact preview --attachment ID --profile {data_get_profile_P} --out FILE`) и выполните `redact review --attachment ID --profile {data_get_profile_P}` или экспортируйте с --skip-unreviewed, чтобы исключить их.</translation>
    </message>
    <message>
      <source>Record a new consent of the witness here (`consent set --person ID --share ...`) or export the other statements with --statement ID; nothing was exported.</source>
      <translation>Запишите здесь новое согласие свидетеля (`consent set --person ID --share ...`) или экспортируйте остальные показания с --statement ID; ничего не экспортировано.</translation>
    </message>
    <message>
      <source>(use --include-media)</source>
      <translation>(используйте --include-media)</translation>
    </message>
    <message>
      <source>Give at least one of {options_data}.</source>
      <translation>Укажите хотя бы одно из: {options_data}.</translation>
    </message>
    <message>
      <source>Several are given as --region AM,RU.</source>
      <translation>Несколько указываются как --region AM,RU.</translation>
    </message>
    <message>
      <source>To move one: `attachment relink ID --statement ID|--none`.</source>
      <translation>Чтобы перенести одно: `attachment relink ID --statement ID|--none`.</translation>
    </message>
    <message>
      <source>To redact it: `redact span --statement ID --text {data_get_code_CODE} --all --reason other`.</source>
      <translation>Чтобы скрыть его: `redact span --statement ID --text {data_get_code_CODE} --all --reason other`.</translation>
    </message>
    <message>
      <source>To correct one: `incident edit ID --facility ...`.</source>
      <translation>Чтобы исправить один: `incident edit ID --facility ...`.</translation>
    </message>
    <message>
      <source>Use --again to keep a second copy.</source>
      <translation>Используйте --again, чтобы сохранить вторую копию.</translation>
    </message>
    <message>
      <source>Give it with --as.</source>
      <translation>Укажите её с --as.</translation>
    </message>
    <message>
      <source>Check --vault, or create a vault with init.</source>
      <translation>Проверьте --vault или создайте хранилище командой init.</translation>
    </message>
    <message>
      <source>Or give the case with --case.</source>
      <translation>Или укажите дело с --case.</translation>
    </message>
    <message>
      <source>Use --occurrence N for one, or --all for every one.</source>
      <translation>Используйте --occurrence N для одного или --all для всех.</translation>
    </message>
    <message>
      <source>Give it with --identity FILE.</source>
      <translation>Укажите его с --identity FILE.</translation>
    </message>
    <message>
      <source>Give one with --recipient.</source>
      <translation>Укажите получателя с --recipient.</translation>
    </message>
    <message>
      <source>Choose either --zip or --recipient.</source>
      <translation>Выберите либо --zip, либо --recipient.</translation>
    </message>
    <message>
      <source>Then use --signer FINGERPRINT or `signer trust`.</source>
      <translation>Затем используйте --signer FINGERPRINT или `signer trust`.</translation>
    </message>
    <message>
      <source>Check the fingerprint with the sender by another route and give it with --signer FINGERPRINT.</source>
      <translation>Сверьте отпечаток с отправителем по другому каналу и укажите его с --signer FINGERPRINT.</translation>
    </message>
    <message>
      <source>interrupted.</source>
      <translation>прервано.</translation>
    </message>
    <message>
      <source>internal error ({type}); nothing was changed beyond the last completed step. Please report it.</source>
      <translation>внутренняя ошибка ({type}); после последнего завершённого шага ничего не изменено. Пожалуйста, сообщите о ней.</translation>
    </message>
    <message>
      <source>NAME</source>
      <translation>ИМЯ</translation>
    </message>
    <message>
      <source>STATUS</source>
      <translation>СОСТОЯНИЕ</translation>
    </message>
    <message>
      <source>SINCE</source>
      <translation>С</translation>
    </message>
    <message>
      <source>FINGERPRINT</source>
      <translation>ОТПЕЧАТОК</translation>
    </message>
    <message>
      <source>No trusted signers.</source>
      <translation>Доверенных подписантов нет.</translation>
    </message>
    <message>
      <source>TIME</source>
      <translation>ВРЕМЯ</translation>
    </message>
    <message>
      <source>OPERATOR</source>
      <translation>ОПЕРАТОР</translation>
    </message>
    <message>
      <source>ACTION</source>
      <translation>ДЕЙСТВИЕ</translation>
    </message>
    <message>
      <source>RECORD</source>
      <translation>ЗАПИСЬ</translation>
    </message>
    <message>
      <source>DETAILS</source>
      <translation>ПОДРОБНОСТИ</translation>
    </message>
    <message>
      <source>No custody events.</source>
      <translation>Событий хранения нет.</translation>
    </message>
    <message>
      <source>No {listed_kind}.</source>
      <translation>Нет записей ({listed_kind}).</translation>
    </message>
    <message>
      <source>No cases yet.</source>
      <translation>Дел пока нет.</translation>
    </message>
    <message>
      <source>CODE</source>
      <translation>КОД</translation>
    </message>
    <message>
      <source>ID</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>CREATED</source>
      <translation>СОЗДАНО</translation>
    </message>
    <message>
      <source>REGIONS</source>
      <translation>РЕГИОНЫ</translation>
    </message>
    <message>
      <source>TITLE</source>
      <translation>НАЗВАНИЕ</translation>
    </message>
    <message>
      <source>ROLES</source>
      <translation>РОЛИ</translation>
    </message>
    <message>
      <source>BORN</source>
      <translation>РОДИЛСЯ</translation>
    </message>
    <message>
      <source>ALIASES</source>
      <translation>ДРУГИЕ ИМЕНА</translation>
    </message>
    <message>
      <source>WITNESS</source>
      <translation>СВИДЕТЕЛЬ</translation>
    </message>
    <message>
      <source>DATE</source>
      <translation>ДАТА</translation>
    </message>
    <message>
      <source>LANG</source>
      <translation>ЯЗЫК</translation>
    </message>
    <message>
      <source>KIND</source>
      <translation>ВИД</translation>
    </message>
    <message>
      <source>VERSION</source>
      <translation>ВЕРСИЯ</translation>
    </message>
    <message>
      <source>SHA256</source>
      <translation>SHA256</translation>
    </message>
    <message>
      <source>STATEMENT</source>
      <translation>ПОКАЗАНИЯ</translation>
    </message>
    <message>
      <source>SIZE</source>
      <translation>РАЗМЕР</translation>
    </message>
    <message>
      <source>TYPE</source>
      <translation>ТИП</translation>
    </message>
    <message>
      <source>FACILITY</source>
      <translation>УЧРЕЖДЕНИЕ</translation>
    </message>
    <message>
      <source>PLACE</source>
      <translation>МЕСТО</translation>
    </message>
    <message>
      <source>FROM</source>
      <translation>ОТ</translation>
    </message>
    <message>
      <source>ROLE</source>
      <translation>РОЛЬ</translation>
    </message>
    <message>
      <source>TO</source>
      <translation>К</translation>
    </message>
    <message>
      <source>CASE</source>
      <translation>ДЕЛО</translation>
    </message>
    <message>
      <source>FIELD</source>
      <translation>ПОЛЕ</translation>
    </message>
    <message>
      <source>MATCH</source>
      <translation>СОВПАДЕНИЕ</translation>
    </message>
    <message>
      <source>SNIPPET</source>
      <translation>ФРАГМЕНТ</translation>
    </message>
    <message>
      <source>No matches.</source>
      <translation>Совпадений нет.</translation>
    </message>
    <message>
      <source>NOTE</source>
      <translation>ПРИМЕЧАНИЕ</translation>
    </message>
    <message>
      <source>TARGET</source>
      <translation>ЦЕЛЬ</translation>
    </message>
    <message>
      <source>WHERE</source>
      <translation>ГДЕ</translation>
    </message>
    <message>
      <source>REASON</source>
      <translation>ПРИЧИНА</translation>
    </message>
    <message>
      <source>REPLACEMENT</source>
      <translation>ЗАМЕНА</translation>
    </message>
    <message>
      <source>TEXT</source>
      <translation>ТЕКСТ</translation>
    </message>
    <message>
      <source>Nothing found to redact.</source>
      <translation>Скрывать нечего.</translation>
    </message>
    <message>
      <source>Wrong current passphrase; nothing was changed.</source>
      <translation>Неверная текущая парольная фраза; ничего не изменено.</translation>
    </message>
    <message>
      <source>Could not decode {name}: {why}.</source>
      <translation>Не удалось декодировать {name}: {why}.</translation>
    </message>
    <message>
      <source>The decoder process could not be started ({exc_strerror}).</source>
      <translation>Не удалось запустить процесс декодирования ({exc_strerror}).</translation>
    </message>
    <message>
      <source>The decoder process stopped as it started.</source>
      <translation>Процесс декодирования остановился сразу при запуске.</translation>
    </message>
    <message>
      <source>The decoders were shut down.</source>
      <translation>Процессы декодирования остановлены.</translation>
    </message>
    <message>
      <source>The backup is recorded in the custody log and verified, but could not take its name ({os_strerror_exc_errno_or_0}): it is at {partial}; rename it to {destination_name}.</source>
      <translation>Резервная копия занесена в журнал хранения доказательств и проверена, но её не удалось переименовать ({os_strerror_exc_errno_or_0}): она находится в {partial}; переименуйте её в {destination_name}.</translation>
    </message>
    <message>
      <source>The backup is at {destination} and recorded, but the disk refused to update the vault state (is it full?); the next open repairs it.</source>
      <translation>Резервная копия находится в {destination} и занесена в журнал, но диск отказал в обновлении состояния хранилища (он заполнен?); при следующем открытии оно будет восстановлено.</translation>
    </message>
    <message>
      <source>The backup is at {destination} and recorded, but the disk refused to confirm it ({os_strerror_exc_errno_or_0}); check the disk.</source>
      <translation>Резервная копия находится в {destination} и занесена в журнал, но диск не подтвердил её запись ({os_strerror_exc_errno_or_0}); проверьте диск.</translation>
    </message>
    <message>
      <source>The disk refused a write ({os_strerror_exc_errno_or_0}): {what} {verb} not saved.</source>
      <translation type="vanished">Диск отказал в записи ({os_strerror_exc_errno_or_0}), данные не сохранены ({what} {verb} not saved).</translation>
    </message>
    <message>
      <source>The disk is full: {what} {verb} not saved; the vault is unchanged.</source>
      <translation type="vanished">Диск заполнен, данные не сохранены ({what} {verb} not saved); хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: {what} {verb} not saved.</source>
      <translation type="vanished">Диск доступен только для чтения, данные не сохранены ({what} {verb} not saved).</translation>
    </message>
    <message>
      <source>{path} is in the way and was not made by Evidence Vault; move it and try again.</source>
      <translation>На месте {path} уже есть объект, созданный не Evidence Vault; переместите его и повторите попытку.</translation>
    </message>
    <message>
      <source>The change was saved{saved}, but the disk refused to update the vault state (is it full?); the next open repairs it. Do not repeat the change.</source>
      <translation>Изменение сохранено{saved}, но диск отказал в обновлении состояния хранилища (он заполнен?); при следующем открытии оно будет восстановлено. Не повторяйте изменение.</translation>
    </message>
    <message>
      <source>The key slots were changed, but the disk refused to finish tidying them (is it full?); the next open finishes it. Do not repeat the change.</source>
      <translation>Слоты ключей изменены, но диск не позволил завершить их упорядочение (он заполнен?); оно будет завершено при следующем открытии. Не повторяйте изменение.</translation>
    </message>
    <message>
      <source>The export is recorded and the bundle is at {out}, but the disk refused to update the vault state (is it full?); the next open repairs it. Do not export again.</source>
      <translation>Экспорт занесён в журнал, и пакет находится в {out}, но диск отказал в обновлении состояния хранилища (он заполнен?); при следующем открытии оно будет восстановлено. Не выполняйте экспорт повторно.</translation>
    </message>
    <message>
      <source>The export is recorded in the custody log, but the bundle could not take its name ({os_strerror_exc_errno_or_0}): it is complete at {partial_path}; rename it to {partial_final_name}.</source>
      <translation>Экспорт занесён в журнал хранения доказательств, но пакет не удалось переименовать ({os_strerror_exc_errno_or_0}): он полностью записан в {partial_path}; переименуйте его в {partial_final_name}.</translation>
    </message>
    <message>
      <source>The export is recorded in the custody log and the bundle is at {partial_final}, but the disk refused to confirm it ({os_strerror_exc_errno_or_0}); check the disk before relying on it.</source>
      <translation>Экспорт занесён в журнал хранения доказательств, и пакет находится в {partial_final}, но диск не подтвердил его запись ({os_strerror_exc_errno_or_0}); проверьте диск, прежде чем полагаться на этот пакет.</translation>
    </message>
    <message>
      <source>The disk refused to update the vault state (is it full?) after saving{exc_saved}: the export was not written. The vault opens as before (its next open repairs the state); free some space and export again.</source>
      <translation>Диск отказал в обновлении состояния хранилища (он заполнен?) после сохранения{exc_saved}: экспорт не записан. Хранилище открывается как прежде (при следующем открытии состояние будет восстановлено); освободите место на диске и повторите экспорт.</translation>
    </message>
    <message>
      <source>Does it match, group by group, the fingerprint the sender read out to you by another route? Type yes to trust it: </source>
      <translation>Совпадает ли он, группа за группой, с отпечатком, который отправитель зачитал вам по другому каналу? Чтобы доверять ему, введите yes: </translation>
    </message>
    <message>
      <source>confirmed by you</source>
      <translation>подтверждено вами</translation>
    </message>
    <message>
      <source>it matches the fingerprint given</source>
      <translation>совпадает с указанным отпечатком</translation>
    </message>
    <message>
      <source>confirmed with --yes</source>
      <translation>подтверждено через --yes</translation>
    </message>
    <message>
      <source>Signer fingerprint: {fingerprint}</source>
      <translation>Отпечаток ключа подписанта: {fingerprint}</translation>
    </message>
    <message>
      <source>Bundles signed with this key are now refused by verify and import.</source>
      <translation>Пакеты, подписанные этим ключом, теперь отклоняются командами verify и import.</translation>
    </message>
    <message>
      <source>bundle refused: {check}: {why}</source>
      <translation>пакет отклонён: {check}: {why}</translation>
    </message>
    <message>
      <source>Imported bundle {bundle} ({profile}, {form}) as case {code}: {case}</source>
      <translation>Пакет {bundle} ({profile}, {form}) импортирован как дело {code}: {case}</translation>
    </message>
    <message>
      <source>From the sender's case {code}: {statements} statement(s), {attachments} attachment(s), {persons} person(s), {facilities} facility(ies), {incidents} incident(s), {links} link(s); {events} custody event(s) of the bundle kept.</source>
      <translation>Из дела отправителя {code}: показаний — {statements}, вложений — {attachments}, лиц — {persons}, учреждений — {facilities}, инцидентов — {incidents}, связей — {links}; сохранено событий хранения пакета — {events}.</translation>
    </message>
    <message>
      <source>Signer: {status}{named}, key {fingerprint}</source>
      <translation>Подписант: {status}{named}, ключ {fingerprint}</translation>
    </message>
    <message>
      <source>Trusted {name}: {fingerprint} ({how})</source>
      <translation>Доверенный подписант {name}: {fingerprint} ({how})</translation>
    </message>
    <message>
      <source>Revoked {name}: {fingerprint}</source>
      <translation>Отозван подписант {name}: {fingerprint}</translation>
    </message>
    <message>
      <source>Raised {count} earlier import(s) signed by this key to TRUSTED.</source>
      <translation>Ранее импортированных пакетов, подписанных этим ключом и повышенных до TRUSTED: {count}.</translation>
    </message>
    <message>
      <source>from {variable}</source>
      <translation>из {variable}</translation>
    </message>
    <message>
      <source>last used</source>
      <translation>последнее использованное</translation>
    </message>
    <message>
      <source>using vault {path} ({why})</source>
      <translation>используется хранилище {path} ({why})</translation>
    </message>
    <message>
      <source>note: {text}</source>
      <translation>примечание: {text}</translation>
    </message>
    <message>
      <source> ({suffix} added to --out)</source>
      <translation> ({suffix} добавлено к --out)</translation>
    </message>
    <message>
      <source>Exported bundle {bundle} ({form}) to {path}{added}</source>
      <translation>Пакет {bundle} ({form}) экспортирован в {path}{added}</translation>
    </message>
    <message>
      <source>Profile {profile}: {statements} statement(s), {attachments} attachment(s).</source>
      <translation>Профиль {profile}: показаний — {statements}, вложений — {attachments}.</translation>
    </message>
    <message>
      <source>Signed by this vault's key, fingerprint {fingerprint}</source>
      <translation>Подписано ключом этого хранилища, отпечаток {fingerprint}</translation>
    </message>
    <message>
      <source>Left out: {count} statement(s) ({why}).</source>
      <translation>Не включено показаний: {count} ({why}).</translation>
    </message>
    <message>
      <source>Left out: attachment {code} ({name}): {why}.</source>
      <translation>Не включено вложение {code} ({name}): {why}.</translation>
    </message>
    <message>
      <source>Operator: {name} (written into every custody event from now on).</source>
      <translation>Оператор: {name} (с этого момента записывается в каждое событие хранения).</translation>
    </message>
    <message>
      <source>reminder: {text}</source>
      <translation>напоминание: {text}</translation>
    </message>
    <message>
      <source>(kept by profile: this profile shows that name; no decision is needed)</source>
      <translation>(сохранено профилем: этот профиль показывает это имя; решение не требуется)</translation>
    </message>
    <message>
      <source>--- translation ---</source>
      <translation>--- перевод ---</translation>
    </message>
    <message>
      <source>(no proposals, spans, boxes or review marks)</source>
      <translation>(нет предложений, фрагментов, областей или отметок о проверке)</translation>
    </message>
    <message>
      <source>--- {count} hit(s) nobody decided for {profile}; export refuses until each is accepted or rejected (`redact suggest --statement {code} --profile {profile}`):</source>
      <translation>--- совпадений без решения для {profile}: {count}; экспорт отказывает, пока каждое не принято или не отклонено (`redact suggest --statement {code} --profile {profile}`):</translation>
    </message>
    <message>
      <source>Attachment {code} as it leaves for {profile}: {media_type}, {size} bytes, sha256 {sha256}</source>
      <translation>Вложение {code} в том виде, в каком оно уходит для {profile}: {media_type}, {size} байт, sha256 {sha256}</translation>
    </message>
    <message>
      <source>Review for {profile}: {review}</source>
      <translation>Проверка для {profile}: {review}</translation>
    </message>
    <message>
      <source>Note: {text} names nobody registered in this case. To find it in every statement and export, register the person: `person add --case {case} --name "{name}" --role ROLE`.</source>
      <translation>Примечание: {text} не называет никого из лиц, зарегистрированных в этом деле. Чтобы находить это имя во всех показаниях и экспортах, зарегистрируйте лицо: `person add --case {case} --name "{name}" --role ROLE`.</translation>
    </message>
    <message>
      <source>Not exported for {profile}: {why}. As it would read:</source>
      <translation>Не экспортируется для {profile}: {why}. Текст выглядел бы так:</translation>
    </message>
    <message>
      <source>--- place: {place}</source>
      <translation>--- место: {place}</translation>
    </message>
    <message>
      <source>--- nothing undecided for {profile}: this is the text that leaves</source>
      <translation>--- для {profile} нерешённого нет: уходит именно этот текст</translation>
    </message>
    <message>
      <source>Written to {path} (readable by you only; a plaintext copy: delete it when done)</source>
      <translation>Записано в {path} (доступно для чтения только вам; это незашифрованная копия: удалите её, когда закончите)</translation>
    </message>
    <message>
      <source>Recovery code (shown only now). Write it on paper and keep it apart from this
laptop; with it you can set a new passphrase if this one is forgotten:</source>
      <translation>Код восстановления (показывается только сейчас). Запишите его на бумаге и храните
отдельно от этого ноутбука; с ним можно задать новую парольную фразу, если эта забыта:</translation>
    </message>
    <message>
      <source>(read it out to whoever receives your bundles; `info` shows it again)</source>
      <translation>(зачитайте его тем, кто получает ваши пакеты; `info` покажет его снова)</translation>
    </message>
    <message>
      <source>Write it on paper and keep it apart from this laptop.</source>
      <translation>Запишите его на бумаге и храните отдельно от этого ноутбука.</translation>
    </message>
    <message>
      <source>Could someone else know the old passphrase (seen, forced out of you, written down)? Then the vault also needs a new master key (rekey). [y/N] </source>
      <translation>Может ли кто-то ещё знать старую парольную фразу (подсмотрел, выпытал у вас, она была записана)? Тогда хранилищу нужен и новый главный ключ (rekey). [y/N] </translation>
    </message>
    <message>
      <source>Passphrase changed. Backups, and any old copy of the key file a disk kept, still
open with the old one; if someone may know it, run passwd --rekey.</source>
      <translation>Парольная фраза изменена. Резервные копии и любая старая копия файла ключей, оставшаяся
на диске, по-прежнему открываются старой; если её может кто-то знать, выполните passwd --rekey.</translation>
    </message>
    <message>
      <source>Rekeyed: the vault has a new master key. Old key slots, recovery codes, backups
and disk images no longer open what it holds now (they still open what they held).</source>
      <translation>Ключ сменён: у хранилища новый главный ключ. Старые слоты ключа, коды восстановления, резервные копии
и образы дисков больше не открывают то, что в нём сейчас (то, что было тогда, они открывают по-прежнему).</translation>
    </message>
    <message>
      <source>the old one no longer works</source>
      <translation>старый больше не действует</translation>
    </message>
    <message>
      <source>New recovery code made; the old one no longer opens this vault. If the old code
may have been seen together with a copy of the vault, run rekey instead.</source>
      <translation>Создан новый код восстановления; старый больше не открывает это хранилище. Если старый код
могли видеть вместе с копией хранилища, выполните вместо этого rekey.</translation>
    </message>
    <message>
      <source> (below the cost floor: run passwd)</source>
      <translation> (ниже минимальной стоимости: выполните passwd)</translation>
    </message>
    <message>
      <source> (kept from format 1: not split; passwd or recovery regenerate remakes it)</source>
      <translation> (сохранён из формата 1: не разделён; passwd или recovery regenerate создаст его заново)</translation>
    </message>
    <message>
      <source>Passphrase changed and the vault rekeyed: old key slots, backups and disk
images no longer open what it holds now (they still open what they held).</source>
      <translation>Парольная фраза изменена и ключ хранилища сменён: старые слоты ключа, резервные копии и образы
дисков больше не открывают то, что в нём сейчас (то, что было тогда, они открывают по-прежнему).</translation>
    </message>
    <message>
      <source>kept</source>
      <translation>сохраняется</translation>
    </message>
    <message>
      <source>destroyed</source>
      <translation>уничтожается</translation>
    </message>
    <message>
      <source>Type ERASE to continue: </source>
      <translation>Чтобы продолжить, введите ERASE: </translation>
    </message>
    <message>
      <source>Created a new vault at {path} (operator: {operator}).</source>
      <translation>Создано новое хранилище в {path} (оператор: {operator}).</translation>
    </message>
    <message>
      <source>Vault:          {path}</source>
      <translation>Хранилище:        {path}</translation>
    </message>
    <message>
      <source>Vault id:       {id}</source>
      <translation>ID хранилища:     {id}</translation>
    </message>
    <message>
      <source>Format:         {format} (schema {schema}, key epoch {epoch})</source>
      <translation>Формат:           {format} (схема {schema}, эпоха ключа {epoch})</translation>
    </message>
    <message>
      <source>Operator:       {name}</source>
      <translation>Оператор:         {name}</translation>
    </message>
    <message>
      <source>Cases:          {count}</source>
      <translation>Дел:              {count}</translation>
    </message>
    <message>
      <source>Attachments:    {count}</source>
      <translation>Вложений:         {count}</translation>
    </message>
    <message>
      <source>Custody events: {count}</source>
      <translation>Событий хранения: {count}</translation>
    </message>
    <message>
      <source>New recovery code (shown only now; {why}):</source>
      <translation>Новый код восстановления (показывается только сейчас; {why}):</translation>
    </message>
    <message>
      <source>Escrow slot removed.</source>
      <translation>Депонированный слот удалён.</translation>
    </message>
    <message>
      <source>Vault OK: database intact, {attachments} attachment(s) authenticated, custody log of {events} event(s) verified, state counter matches.</source>
      <translation>Хранилище в порядке: база данных цела, подлинность вложений подтверждена ({attachments}), журнал хранения доказательств проверен (событий: {events}), счётчик состояния совпадает.</translation>
    </message>
    <message>
      <source>the vault failed {count} check(s).</source>
      <translation>хранилище не прошло проверок: {count}.</translation>
    </message>
    <message>
      <source>Backup written to {path} and verified ({attachments} attachment(s), {events} custody event(s)). It opens with the same passphrase and recovery code.</source>
      <translation>Резервная копия записана в {path} и проверена (вложений: {attachments}, событий хранения: {events}). Она открывается той же парольной фразой и кодом восстановления.</translation>
    </message>
    <message>
      <source>the custody log failed verification.</source>
      <translation>журнал хранения доказательств не прошёл проверку.</translation>
    </message>
    <message>
      <source>Custody log verified: {rows} event(s), head {rows}:{head}.</source>
      <translation>Журнал хранения доказательств проверен: событий — {rows}, голова {rows}:{head}.</translation>
    </message>
    <message>
      <source>Key slot:       {type}{cost}{extra}</source>
      <translation>Слот ключа:       {type}{cost}{extra}</translation>
    </message>
    <message>
      <source>Escrow slot added.</source>
      <translation>Депонированный слот добавлен.</translation>
    </message>
    <message>
      <source>This destroys every key slot of {path} (escrow slot: {fate}).</source>
      <translation>Это уничтожит все слоты ключа хранилища {path} (депонированный слот: {fate}).</translation>
    </message>
    <message>
      <source>{path} is the hidden leftover of an interrupted export or backup; the next export or backup into that folder removes it (or remove it)</source>
      <translation>{path} — скрытый остаток прерванного экспорта или резервного копирования; следующий экспорт или резервное копирование в эту папку удалит его (или удалите его сами)</translation>
    </message>
    <message>
      <source>custody log broken at row {row}: {reason}.</source>
      <translation>журнал хранения доказательств нарушен в строке {row}: {reason}.</translation>
    </message>
    <message>
      <source>Imported custody verified: {lines} line(s) kept from {imports} bundle(s) chain to the heads their imports recorded.</source>
      <translation>Импортированная цепочка хранения проверена: строки ({lines}), сохранённые из пакетов ({imports}), сцеплены с головами, записанными при их импорте.</translation>
    </message>
    <message>
      <source>The holder of the age identity for {recipient} can open this
vault and set a new passphrase.</source>
      <translation>Владелец идентификатора age для {recipient} может открыть это
хранилище и задать новую парольную фразу.</translation>
    </message>
    <message>
      <source>Escrow slot replaced: the holder of {recipient} can no longer open this vault.</source>
      <translation>Депонированный слот заменён: владелец {recipient} больше не может открыть это хранилище.</translation>
    </message>
    <message>
      <source>warning: the signer is not verified (UNPINNED): the bundle is intact and signed, but by a key this vault does not trust; compare the fingerprint with the sender's over another channel.</source>
      <translation>предупреждение: подписант не подтверждён (UNPINNED): пакет цел и подписан, но ключом, которому это хранилище не доверяет; сверьте отпечаток с отпечатком отправителя по другому каналу.</translation>
    </message>
    <message>
      <source>Signer key fingerprint (SHA-256 of the public key):</source>
      <translation>Отпечаток ключа подписанта (SHA-256 открытого ключа):</translation>
    </message>
    <message>
      <source>Result:       intact and signed, but the signer is NOT verified (UNPINNED).</source>
      <translation>Итог:         цел и подписан, но подписант НЕ подтверждён (UNPINNED).</translation>
    </message>
    <message>
      <source>Bundle:       {path}{kind}</source>
      <translation>Пакет:        {path}{kind}</translation>
    </message>
    <message>
      <source>Result:       the bundle checks out.</source>
      <translation>Итог:         пакет прошёл проверку.</translation>
    </message>
    <message>
      <source>Bundle id:    {bundle}</source>
      <translation>ID пакета:    {bundle}</translation>
    </message>
    <message>
      <source>Case:         {case}    Profile: {profile}    Signed: {utc}</source>
      <translation>Дело:         {case}    Профиль: {profile}    Подписан: {utc}</translation>
    </message>
    <message>
      <source>Signer:       {status}{named}</source>
      <translation>Подписант:    {status}{named}</translation>
    </message>
    <message>
      <source>Result:       REFUSED: {check}: {detail}</source>
      <translation>Итог:         ОТКЛОНЁН: {check}: {detail}</translation>
    </message>
    <message>
      <source>New passphrase: </source>
      <translation>Новая парольная фраза: </translation>
    </message>
    <message>
      <source>New passphrase again: </source>
      <translation>Новая парольная фраза ещё раз: </translation>
    </message>
    <message>
      <source>{problem} Try again ({attempt} of {tries}).</source>
      <translation>{problem} Попробуйте ещё раз ({attempt} из {tries}).</translation>
    </message>
    <message>
      <source>Passphrase: </source>
      <translation>Парольная фраза: </translation>
    </message>
    <message>
      <source>Recovery code: </source>
      <translation>Код восстановления: </translation>
    </message>
    <message>
      <source>UNPINNED: the signature is valid, but nothing says whose key it is; compare the fingerprint with the sender's over another channel</source>
      <translation>UNPINNED: подпись действительна, но ничто не говорит, чей это ключ; сверьте отпечаток с отпечатком отправителя по другому каналу</translation>
    </message>
    <message>
      <source>{count} events chain correctly; the last is this bundle's export (sender's custody commitment {chain}…)</source>
      <translation>события хранения ({count}) образуют правильную цепочку; последнее — экспорт этого пакета (фиксация цепочки хранения отправителя {chain}…)</translation>
    </message>
    <message>
      <source>{count} events chain correctly; the last is this bundle's export (sender's custody head {chain}…)</source>
      <translation>события хранения ({count}) образуют правильную цепочку; последнее — экспорт этого пакета (голова цепочки хранения отправителя {chain}…)</translation>
    </message>
    <message>
      <source>PINNED: the key matches the fingerprint given</source>
      <translation>PINNED: ключ совпадает с указанным отпечатком</translation>
    </message>
    <message>
      <source>not checked: the signature did not verify, so nothing it covers was read</source>
      <translation>не проверено: подпись не подтвердилась, поэтому ничего из подписанного не читалось</translation>
    </message>
    <message>
      <source>BagIt 1.0: {payload} payload files match manifest-sha256.txt and manifest-sha512.txt; {tags} tag files match {manifest}; no other files</source>
      <translation>BagIt 1.0: файлы содержимого ({payload}) совпадают с manifest-sha256.txt и manifest-sha512.txt; служебные файлы ({tags}) совпадают с {manifest}; других файлов нет</translation>
    </message>
    <message>
      <source>minisign signature over {manifest} by key {key} (signature/signer.pub) verifies, trusted comment included</source>
      <translation>подпись minisign над {manifest} ключом {key} (signature/signer.pub) подтверждена, включая доверенный комментарий</translation>
    </message>
    <message>
      <source>no verified trusted comment to compare with</source>
      <translation>нет подтверждённого доверенного комментария для сравнения</translation>
    </message>
    <message>
      <source>bundle {bundle}, case {case}, profile {profile}, signed {utc}: the signature, bag-info.txt and {records} agree</source>
      <translation>пакет {bundle}, дело {case}, профиль {profile}, подписан {utc}: подпись, bag-info.txt и {records} согласуются</translation>
    </message>
    <message>
      <source>the {count} files {records} names are all in data/, and it names every other file there</source>
      <translation>все файлы, названные в {records} ({count}), находятся в data/, и в нём названы все остальные файлы оттуда</translation>
    </message>
    <message>
      <source>not checked: the signature did not verify, so nothing was read</source>
      <translation>не проверено: подпись не подтвердилась, поэтому ничего не читалось</translation>
    </message>
    <message>
      <source>TRUSTED: a trusted signer of this vault, {name}</source>
      <translation>TRUSTED: доверенный подписант этого хранилища, {name}</translation>
    </message>
    <message>
      <source>{kind} of {count} files, nothing unsafe</source>
      <translation>{kind}, файлов: {count}, ничего опасного</translation>
    </message>
    <message>
      <source>not checked: {name} is not covered by the verified signature, so it was not read</source>
      <translation>не проверено: {name} не покрыт подтверждённой подписью, поэтому не читался</translation>
    </message>
    <message>
      <source>not checked: bag-info.txt was not read (see layout)</source>
      <translation>не проверено: bag-info.txt не прочитан (см. layout)</translation>
    </message>
    <message>
      <source>the signature did not verify, so nobody is known to have signed</source>
      <translation>подпись не подтвердилась, поэтому неизвестно, кто подписал</translation>
    </message>
    <message>
      <source>{count} events chain correctly, but with no verified signature there is no bundle id to compare the export event with</source>
      <translation>события хранения ({count}) образуют правильную цепочку, но без подтверждённой подписи нет идентификатора пакета, с которым можно сравнить событие экспорта</translation>
    </message>
    <message>
      <source>Erased: the key file could not be read, so it was overwritten whole; nothing in the vault can be decrypted any more (no escrow slot could be kept).</source>
      <translation>Стёрто: файл ключей не удалось прочитать, поэтому он перезаписан целиком; ничего в хранилище больше нельзя расшифровать (депонированный слот сохранить было невозможно).</translation>
    </message>
    <message>
      <source>The escrow slot was kept: HQ's age identity can still open this vault.</source>
      <translation>Депонированный слот сохранён: идентификатор age штаб-квартиры по-прежнему может открыть это хранилище.</translation>
    </message>
    <message>
      <source>The vault is open in another window or program: close it now; until then its keys are in that program's memory.</source>
      <translation>Хранилище открыто в другом окне или программе: закройте его сейчас; до тех пор его ключи находятся в памяти той программы.</translation>
    </message>
    <message>
      <source>There was no escrow slot to keep.</source>
      <translation>Депонированного слота, который можно было бы сохранить, не было.</translation>
    </message>
    <message>
      <source>Erased: {count} key slot(s) overwritten in place; the vault can no longer be opened with a passphrase or recovery code (it answers 'Wrong passphrase': nothing in its files says it was erased).</source>
      <translation>Стёрто: слоты ключа перезаписаны на месте ({count}); хранилище больше нельзя открыть парольной фразой или кодом восстановления (оно отвечает «Неверная парольная фраза»: ничто в его файлах не говорит, что оно стёрто).</translation>
    </message>
    <message>
      <source>Not reached: {path} is a partial copy of this vault left by a backup cut short; it holds key slots that open with the old secrets. Destroy it.</source>
      <translation>Не затронуто: {path} — неполная копия этого хранилища, оставшаяся от прерванного резервного копирования; в ней есть слоты ключа, открывающиеся старыми секретами. Уничтожьте её.</translation>
    </message>
    <message>
      <source>{path} (a symbolic link: the file taken in is {target})</source>
      <translation>{path} (символическая ссылка: принят файл {target})</translation>
    </message>
    <message>
      <source>the original(s) are still on disk, unencrypted, where they were: {names}; once you have checked the vault copy, remove them securely (e.g. shred -u, or your system's secure delete)</source>
      <translation>оригиналы по-прежнему лежат на диске незашифрованными там же, где были: {names}; проверив копию в хранилище, удалите их надёжно (например, shred -u или безопасным удалением вашей системы)</translation>
    </message>
    <message>
      <source>{name} carries a GPS position ({latitude}, {longitude}); anonymized exports remove it</source>
      <translation>{name} содержит GPS-координаты ({latitude}, {longitude}); обезличенные экспорты их удаляют</translation>
    </message>
    <message>
      <source>{name} carries a GPS position; anonymized exports remove it</source>
      <translation>{name} содержит GPS-координаты; обезличенные экспорты их удаляют</translation>
    </message>
    <message>
      <source>What erase does not reach: the key slots were overwritten in place, in the only file that ever held them, but an SSD (wear levelling) and copy-on-write file systems or snapshots (btrfs, ZFS, APFS, Time Machine) may still keep earlier copies of that file's blocks; such a copy opens with the passphrase or recovery code in force when it was written, until a rekey (made before the erase) replaced the key it holds. A vault of format 1 also left old header copies in free space. Any backup of this vault holds key slots too: destroy backups separately.</source>
      <translation>Чего стирание не достигает: слоты ключа перезаписаны на месте, в единственном файле, который их когда-либо хранил, но SSD (выравнивание износа), файловые системы с копированием при записи и снимки (btrfs, ZFS, APFS, Time Machine) могут ещё хранить прежние копии блоков этого файла; такая копия открывается парольной фразой или кодом восстановления, действовавшими на момент её записи, пока смена ключа (сделанная до стирания) не заменила хранимый в ней ключ. Хранилище формата 1 также оставило старые копии заголовка в свободном месте. Любая резервная копия этого хранилища тоже содержит слоты ключа: уничтожьте резервные копии отдельно.</translation>
    </message>
    <message>
      <source>bagit.txt must hold exactly BagIt-Version and the encoding</source>
      <translation>bagit.txt должен содержать ровно BagIt-Version и кодировку</translation>
    </message>
    <message>
      <source>bagit.txt does not declare UTF-8 tag files</source>
      <translation>bagit.txt не объявляет служебные файлы в UTF-8</translation>
    </message>
    <message>
      <source>fetch.txt is present (it asks to download files from elsewhere; refused)</source>
      <translation>присутствует fetch.txt (он просит скачать файлы из другого места; отклонено)</translation>
    </message>
    <message>
      <source>bagit.txt declares BagIt version {version}</source>
      <translation>bagit.txt объявляет BagIt версии {version}</translation>
    </message>
    <message>
      <source>bag-info.txt gives Payload-Oxum {given} but the payload is {expected} (bytes.files)</source>
      <translation>bag-info.txt указывает Payload-Oxum {given}, но содержимое — {expected} (байты.файлы)</translation>
    </message>
    <message>
      <source>{name} is larger than any tag file needs</source>
      <translation>{name} больше, чем нужно любому служебному файлу</translation>
    </message>
    <message>
      <source>{name} starts with a byte-order mark, which BagIt forbids</source>
      <translation>{name} начинается с метки порядка байтов, которую BagIt запрещает</translation>
    </message>
    <message>
      <source>{name} is missing</source>
      <translation>{name} отсутствует</translation>
    </message>
    <message>
      <source>line {line} of {manifest} is not a {algorithm} hash and a path</source>
      <translation>строка {line} в {manifest} не является хешем {algorithm} и путём</translation>
    </message>
    <message>
      <source>{name} is listed twice in {manifest}</source>
      <translation>{name} указан в {manifest} дважды</translation>
    </message>
    <message>
      <source>{manifest} lists {name}, which is not in the bundle</source>
      <translation>{manifest} указывает {name}, которого нет в пакете</translation>
    </message>
    <message>
      <source>{name} is not listed in {manifest} (untracked file)</source>
      <translation>{name} не указан в {manifest} (неучтённый файл)</translation>
    </message>
    <message>
      <source>{name} is not UTF-8 text</source>
      <translation>{name} — не текст UTF-8</translation>
    </message>
    <message>
      <source>line {line} of {name} is not 'Label: value'</source>
      <translation>строка {line} в {name} не имеет вида «Метка: значение»</translation>
    </message>
    <message>
      <source>{name} is not a file the signature folder may hold</source>
      <translation>{name} — не тот файл, который может лежать в папке подписи</translation>
    </message>
    <message>
      <source>{manifest} lists {name}, which is outside data/</source>
      <translation>{manifest} указывает {name}, который находится вне data/</translation>
    </message>
    <message>
      <source>{name} uses a hash other than SHA-256 or SHA-512</source>
      <translation>{name} использует хеш, отличный от SHA-256 и SHA-512</translation>
    </message>
    <message>
      <source>{name} does not match its {algorithm} in {manifest} (changed after the bundle was made)</source>
      <translation>{name} не совпадает со своим {algorithm} в {manifest} (изменён после создания пакета)</translation>
    </message>
    <message>
      <source>custody.jsonl is empty (it must end with the export)</source>
      <translation>custody.jsonl пуст (он должен заканчиваться экспортом)</translation>
    </message>
    <message>
      <source>line 1 of custody.jsonl does not point to 64 zeros (a line was removed, added or moved)</source>
      <translation>строка 1 в custody.jsonl не указывает на 64 нуля (строка удалена, добавлена или перемещена)</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl is not a JSON object</source>
      <translation>строка {line} в custody.jsonl — не объект JSON</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has {keys}, which no line may have</source>
      <translation>строка {line} в custody.jsonl содержит {keys}, которых не может быть ни в одной строке</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has seq {seq}, not {line}</source>
      <translation>строка {line} в custody.jsonl имеет seq {seq}, а не {line}</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has details that are not an object</source>
      <translation>строка {line} в custody.jsonl содержит details, которые не являются объектом</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl does not point to the hash of line {before} (a line was removed, added or moved)</source>
      <translation>строка {line} в custody.jsonl не указывает на хеш строки {before} (строка удалена, добавлена или перемещена)</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has a hash that is not 64 lowercase hex digits</source>
      <translation>строка {line} в custody.jsonl содержит хеш, который не состоит из 64 строчных шестнадцатеричных цифр</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl does not match its hash (it was changed after export)</source>
      <translation>строка {line} в custody.jsonl не совпадает со своим хешем (изменена после экспорта)</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl lacks {keys}</source>
      <translation>в строке {line} в custody.jsonl нет {keys}</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl has a {key} that is not text</source>
      <translation>строка {line} в custody.jsonl содержит {key}, который не является текстом</translation>
    </message>
    <message>
      <source>line {line} of custody.jsonl cannot be encoded as canonical JSON</source>
      <translation>строку {line} в custody.jsonl нельзя записать как канонический JSON</translation>
    </message>
    <message>
      <source>no consent record</source>
      <translation>нет записи о согласии</translation>
    </message>
    <message>
      <source>consent withdrawn</source>
      <translation>согласие отозвано</translation>
    </message>
    <message>
      <source>consent does not include {category}</source>
      <translation>согласие не распространяется на {category}</translation>
    </message>
    <message>
      <source>{where} gives bundle id {found} but the signature says {signed}</source>
      <translation>{where} указывает ID пакета {found}, а подпись — {signed}</translation>
    </message>
    <message>
      <source>{where} gives no bundle id but the signature says {signed}</source>
      <translation>{where} не указывает ID пакета, а подпись — {signed}</translation>
    </message>
    <message>
      <source>{where} gives case code {found} but the signature says {signed}</source>
      <translation>{where} указывает код дела {found}, а подпись — {signed}</translation>
    </message>
    <message>
      <source>{where} gives no case code but the signature says {signed}</source>
      <translation>{where} не указывает код дела, а подпись — {signed}</translation>
    </message>
    <message>
      <source>{where} gives profile {found} but the signature says {signed}</source>
      <translation>{where} указывает профиль {found}, а подпись — {signed}</translation>
    </message>
    <message>
      <source>{where} gives no profile but the signature says {signed}</source>
      <translation>{where} не указывает профиль, а подпись — {signed}</translation>
    </message>
    <message>
      <source>the export event (line {line}) of {custody} gives {key} {found} but the signature says {signed}</source>
      <translation>событие экспорта (строка {line}) в {custody} указывает {key} {found}, а подпись — {signed}</translation>
    </message>
    <message>
      <source>the export event (line {line}) of {custody} gives no {key} but the signature says {signed}</source>
      <translation>событие экспорта (строка {line}) в {custody} не указывает {key}, а подпись — {signed}</translation>
    </message>
    <message>
      <source>(and {count} more)</source>
      <translation>(и ещё {count})</translation>
    </message>
    <message>
      <source>not checked</source>
      <translation>не проверено</translation>
    </message>
    <message>
      <source>bagit.txt declares BagIt {version}, not 1.0</source>
      <translation>bagit.txt объявляет BagIt {version}, а не 1.0</translation>
    </message>
    <message>
      <source>the signature verifies but its trusted comment is not 'bundle=… case=… profile=… utc=… chain=…': {comment}</source>
      <translation>подпись подтверждается, но её доверенный комментарий не имеет вида 'bundle=… case=… profile=… utc=… chain=…': {comment}</translation>
    </message>
    <message>
      <source>the signed bundle id {bundle} is not a UUID</source>
      <translation>подписанный ID пакета {bundle} — не UUID</translation>
    </message>
    <message>
      <source>the last line ({line}) of {custody} is {action}, not the export</source>
      <translation>последняя строка ({line}) в {custody} — {action}, а не экспорт</translation>
    </message>
    <message>
      <source>REVOKED: the signer's key {key} ({name}) was revoked on {date}</source>
      <translation>REVOKED: ключ подписанта {key} ({name}) отозван {date}</translation>
    </message>
    <message>
      <source>the signer's key {key} is not the fingerprint given ({pin})</source>
      <translation>ключ подписанта {key} не совпадает с указанным отпечатком ({pin})</translation>
    </message>
    <message>
      <source>{name} is missing, so there is nothing to check the signature with</source>
      <translation>{name} отсутствует, поэтому подпись нечем проверить</translation>
    </message>
    <message>
      <source>{where} is not a file path</source>
      <translation>{where} — не путь к файлу</translation>
    </message>
    <message>
      <source>{name} is in data/ but {records} does not name it</source>
      <translation>{name} находится в data/, но {records} его не называет</translation>
    </message>
    <message>
      <source>{records} has no {section} list</source>
      <translation>в {records} нет списка {section}</translation>
    </message>
    <message>
      <source>{name} is not a JSON object</source>
      <translation>{name} — не объект JSON</translation>
    </message>
    <message>
      <source>{name} does not say format {format}</source>
      <translation>{name} не указывает формат {format}</translation>
    </message>
    <message>
      <source>{name} is bundle format version {version}; this Evidence Vault reads version {supported}</source>
      <translation>{name} имеет формат пакета версии {version}; эта версия Evidence Vault читает версию {supported}</translation>
    </message>
    <message>
      <source>bag-info.txt must give {label} once (found {count})</source>
      <translation>bag-info.txt должен указывать {label} один раз (найдено: {count})</translation>
    </message>
    <message>
      <source>{where} names {name}, already named by {other}</source>
      <translation>{where} называет {name}, который уже назван в {other}</translation>
    </message>
    <message>
      <source>{section} entry {index} of {records} is not an object</source>
      <translation>запись {index} раздела {section} в {records} — не объект</translation>
    </message>
    <message>
      <source>{where} names {name}, which is not in data/</source>
      <translation>{where} называет {name}, которого нет в data/</translation>
    </message>
    <message>
      <source>The disk is full: the attachment was not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: вложение не сохранено; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the attachment was not saved.</source>
      <translation>Диск доступен только для чтения: вложение не сохранено.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the attachment was not saved.</source>
      <translation>Диск отказал в записи ({reason}): вложение не сохранено.</translation>
    </message>
    <message>
      <source>The disk is full: the {count} files being attached were not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: прикрепляемые файлы ({count}) не сохранены; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the {count} files being attached were not saved.</source>
      <translation>Диск доступен только для чтения: прикрепляемые файлы ({count}) не сохранены.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the {count} files being attached were not saved.</source>
      <translation>Диск отказал в записи ({reason}): прикрепляемые файлы ({count}) не сохранены.</translation>
    </message>
    <message>
      <source>The disk is full: the bundle {name} was not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: пакет {name} не сохранён; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the bundle {name} was not saved.</source>
      <translation>Диск доступен только для чтения: пакет {name} не сохранён.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the bundle {name} was not saved.</source>
      <translation>Диск отказал в записи ({reason}): пакет {name} не сохранён.</translation>
    </message>
    <message>
      <source>The disk is full: the export was not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: экспорт не сохранён; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the export was not saved.</source>
      <translation>Диск доступен только для чтения: экспорт не сохранён.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the export was not saved.</source>
      <translation>Диск отказал в записи ({reason}): экспорт не сохранён.</translation>
    </message>
    <message>
      <source>The disk is full: the preview was not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: предпросмотр не сохранён; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the preview was not saved.</source>
      <translation>Диск доступен только для чтения: предпросмотр не сохранён.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the preview was not saved.</source>
      <translation>Диск отказал в записи ({reason}): предпросмотр не сохранён.</translation>
    </message>
    <message>
      <source>The disk is full: the backup was not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: резервная копия не сохранена; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the backup was not saved.</source>
      <translation>Диск доступен только для чтения: резервная копия не сохранена.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the backup was not saved.</source>
      <translation>Диск отказал в записи ({reason}): резервная копия не сохранена.</translation>
    </message>
    <message>
      <source>The disk is full: the backup made before the format upgrade was not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: резервная копия перед обновлением формата не сохранена; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the backup made before the format upgrade was not saved.</source>
      <translation>Диск доступен только для чтения: резервная копия перед обновлением формата не сохранена.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the backup made before the format upgrade was not saved.</source>
      <translation>Диск отказал в записи ({reason}): резервная копия перед обновлением формата не сохранена.</translation>
    </message>
    <message>
      <source>The disk is full: the format upgrade was not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: обновление формата не сохранено; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the format upgrade was not saved.</source>
      <translation>Диск доступен только для чтения: обновление формата не сохранено.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the format upgrade was not saved.</source>
      <translation>Диск отказал в записи ({reason}): обновление формата не сохранено.</translation>
    </message>
    <message>
      <source>The disk is full: the erase was not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: стирание не записано; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the erase was not saved.</source>
      <translation>Диск доступен только для чтения: стирание не записано.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the erase was not saved.</source>
      <translation>Диск отказал в записи ({reason}): стирание не записано.</translation>
    </message>
    <message>
      <source>The disk is full: the key slots were not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: слоты ключа не сохранены; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the key slots were not saved.</source>
      <translation>Диск доступен только для чтения: слоты ключа не сохранены.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the key slots were not saved.</source>
      <translation>Диск отказал в записи ({reason}): слоты ключа не сохранены.</translation>
    </message>
    <message>
      <source>The disk is full: the rekey was not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: смена ключа не сохранена; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the rekey was not saved.</source>
      <translation>Диск доступен только для чтения: смена ключа не сохранена.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the rekey was not saved.</source>
      <translation>Диск отказал в записи ({reason}): смена ключа не сохранена.</translation>
    </message>
    <message>
      <source>The disk is full: the vault state was not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: состояние хранилища не сохранено; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the vault state was not saved.</source>
      <translation>Диск доступен только для чтения: состояние хранилища не сохранено.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the vault state was not saved.</source>
      <translation>Диск отказал в записи ({reason}): состояние хранилища не сохранено.</translation>
    </message>
    <message>
      <source>The disk is full: the vault database was not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: база данных хранилища не сохранена; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the vault database was not saved.</source>
      <translation>Диск доступен только для чтения: база данных хранилища не сохранена.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the vault database was not saved.</source>
      <translation>Диск отказал в записи ({reason}): база данных хранилища не сохранена.</translation>
    </message>
    <message>
      <source>The disk is full: the new vault was not saved; the vault is unchanged.</source>
      <translation>Диск заполнен: новое хранилище не сохранено; хранилище не изменилось.</translation>
    </message>
    <message>
      <source>The disk is read-only: the new vault was not saved.</source>
      <translation>Диск доступен только для чтения: новое хранилище не сохранено.</translation>
    </message>
    <message>
      <source>The disk refused a write ({reason}): the new vault was not saved.</source>
      <translation>Диск отказал в записи ({reason}): новое хранилище не сохранено.</translation>
    </message>
    <message>
      <source>imported from bundle {bundle}, signer {status} {fingerprint}</source>
      <translation>импортировано из пакета {bundle}, подписант {status} {fingerprint}</translation>
    </message>
    <message>
      <source>Metadata stripped (tags, names, GPS, times, tracks that are neither sound nor picture); voices and faces are NOT redacted</source>
      <translation>Метаданные удалены (теги, имена, GPS, время, дорожки, которые не являются ни звуком, ни изображением); голоса и лица НЕ скрыты</translation>
    </message>
    <message>
      <source>{count} box(es) burned in on page(s) {pages} ({reasons})</source>
      <translation>наложено прямоугольников: {count}, на страницах {pages} ({reasons})</translation>
    </message>
    <message>
      <source>Rebuilt from its pixels alone; it carried no metadata</source>
      <translation>Пересобрано только из пикселей; метаданных в нём не было</translation>
    </message>
    <message>
      <source>No automatic text hits on any page</source>
      <translation>Автоматических совпадений в тексте нет ни на одной странице</translation>
    </message>
    <message>
      <source>{count} box(es) burned in ({reasons})</source>
      <translation>наложено прямоугольников: {count} ({reasons})</translation>
    </message>
    <message>
      <source>Rebuilt from {count} page image(s) at {dpi} dpi: text layer, fonts, annotations, forms, links, attachments and document information removed</source>
      <translation>Пересобрано из изображений страниц ({count}) с разрешением {dpi} dpi: текстовый слой, шрифты, аннотации, формы, ссылки, вложения и сведения о документе удалены</translation>
    </message>
    <message>
      <source>Rebuilt from its pixels alone: {removed} removed</source>
      <translation>Пересобрано только из пикселей: удалено {removed}</translation>
    </message>
    <message>
      <source>{count} automatic text hit(s) covered ({reasons}); {pages}</source>
      <translation>закрыто автоматических совпадений в тексте: {count} ({reasons}); {pages}</translation>
    </message>
    <message>
      <source>{escape_invisible_blob_name} is already in this case as {row_0_or_attachment} ({row_1_8}, {row_2}): nothing was taken in.</source>
      <translation>{escape_invisible_blob_name} уже есть в этом деле как {row_0_or_attachment} ({row_1_8}, {row_2}): ничего не принято.</translation>
    </message>
    <message>
      <source>Another export or backup is writing {path_parent_path_name_1_8} now; wait for it to finish or choose another name.</source>
      <translation>Другой экспорт или резервное копирование сейчас записывает {path_parent_path_name_1_8}; дождитесь окончания или выберите другое имя.</translation>
    </message>
    <message>
      <source>The bundle has more than {self_limits_max_members} members; nothing was read.</source>
      <translation>В пакете больше {self_limits_max_members} элементов; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is shorter than its header declares; nothing was read.</source>
      <translation>Элемент пакета {show_name_name} короче, чем объявляет его заголовок; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} declares {size} bytes, more than the {self_limits_max_member_bytes} allowed; nothing was read.</source>
      <translation>Элемент пакета {show_name_name} объявляет {size} байт — больше допустимых {self_limits_max_member_bytes}; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle holds more than {self_limits_max_total_bytes} bytes in all; nothing was read.</source>
      <translation>В пакете всего больше {self_limits_max_total_bytes} байт; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} holds more bytes than its header declares; nothing was read.</source>
      <translation>Элемент пакета {show_name_name} содержит больше байт, чем объявляет его заголовок; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} {problem}; nothing was read.</source>
      <translation>Элемент пакета {show_name_name}: {problem}; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle members {show_name_earlier} and {show_name_name} {how}: one would overwrite the other on Windows or macOS; nothing was read.</source>
      <translation>Элементы пакета {show_name_earlier} и {show_name_name}: {how}; в Windows или macOS один перезаписал бы другой; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is both a file and a folder; nothing was read.</source>
      <translation>Элемент пакета {show_name_name} одновременно файл и папка; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} appears twice; nothing was read.</source>
      <translation>Элемент пакета {show_name_name} встречается дважды; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_folder} is both a file and a folder; nothing was read.</source>
      <translation>Элемент пакета {show_name_folder} одновременно файл и папка; ничего не прочитано.</translation>
    </message>
    <message>
      <source>{path_name} is not a bundle: expected a folder, a .zip file or an .age file.</source>
      <translation>{path_name} — не пакет: ожидается папка, файл .zip или файл .age.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is not a regular file.</source>
      <translation>Элемент пакета {show_name_name} — не обычный файл.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_member_name} changed while it was being read (is another program writing to the bundle?); do not use what was read.</source>
      <translation>Элемент пакета {show_name_member_name} изменился во время чтения (другая программа пишет в пакет?); не используйте прочитанное.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is {member_size} bytes, more than the {max_bytes} allowed for it; nothing was read.</source>
      <translation>Элемент пакета {show_name_name} занимает {member_size} байт — больше допустимых для него {max_bytes}; ничего не прочитано.</translation>
    </message>
    <message>
      <source>There is no bundle at {path}.</source>
      <translation>По адресу {path} пакета нет.</translation>
    </message>
    <message>
      <source>{path} is neither a folder nor a file.</source>
      <translation>{path} — не папка и не файл.</translation>
    </message>
    <message>
      <source>{path_name} is encrypted (age): give the identity file that opens it.</source>
      <translation>{path_name} зашифрован (age): укажите файл идентификатора, который его открывает.</translation>
    </message>
    <message>
      <source>Cannot open the bundle member {show_name_name} ({exc_strerror}): it was removed or replaced by a link while being read.</source>
      <translation>Не удалось открыть элемент пакета {show_name_name} ({exc_strerror}): во время чтения он был удалён или заменён ссылкой.</translation>
    </message>
    <message>
      <source>{show_name_name} in the bundle is not UTF-8.</source>
      <translation>{show_name_name} в пакете — не UTF-8.</translation>
    </message>
    <message>
      <source>{show_name_name} in the bundle is not valid JSON ({reason}).</source>
      <translation>{show_name_name} в пакете — недопустимый JSON ({reason}).</translation>
    </message>
    <message>
      <source>The bundle has no file {show_name_name}.</source>
      <translation>В пакете нет файла {show_name_name}.</translation>
    </message>
    <message>
      <source>Cannot read the folder {show_name_folder_or_str_self_root}: {exc_strerror}.</source>
      <translation>Не удалось прочитать папку {show_name_folder_or_str_self_root}: {exc_strerror}.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is a symbolic link; nothing was read.</source>
      <translation>Элемент пакета {show_name_name} — символическая ссылка; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle member {show_name_name} is a device, FIFO or socket; nothing was read.</source>
      <translation>Элемент пакета {show_name_name} — устройство, FIFO или сокет; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle no longer holds {show_name_name}.</source>
      <translation>В пакете больше нет {show_name_name}.</translation>
    </message>
    <message>
      <source>{self__path_name} could not be decrypted: it is damaged, truncated or not an age file; nothing was read.</source>
      <translation>{self__path_name} не удалось расшифровать: он повреждён, обрезан или не является файлом age; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle member {shown} is a sparse file; nothing was read.</source>
      <translation>Элемент пакета {shown} — разреженный файл; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle member {shown} {what}; nothing was read.</source>
      <translation>Элемент пакета {shown}: {what}; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle member {shown} has a tar member type this program does not read; nothing was read.</source>
      <translation>Элемент пакета {shown} имеет тип элемента tar, который эта программа не читает; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The identity given does not open {self__path_name} (it was encrypted for someone else); nothing was read.</source>
      <translation>Указанный идентификатор не открывает {self__path_name} (он зашифрован для кого-то другого); ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle has data after the end of its archive (a damaged or doctored header); nothing was read.</source>
      <translation>В пакете есть данные после конца архива (повреждённый или подделанный заголовок); ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle has an archive header larger than any bundle needs (a memory bomb); nothing was read.</source>
      <translation>У пакета заголовок архива больше, чем нужно любому пакету (бомба памяти); ничего не прочитано.</translation>
    </message>
    <message>
      <source>{self__path_name} does not hold a tar archive; nothing was read.</source>
      <translation>{self__path_name} не содержит архива tar; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The archive inside {path_name} is damaged ({exc}); nothing was read.</source>
      <translation>Архив внутри {path_name} повреждён ({exc}); ничего не прочитано.</translation>
    </message>
    <message>
      <source>Cannot read {show_name_name}.</source>
      <translation>Не удалось прочитать {show_name_name}.</translation>
    </message>
    <message>
      <source>The archive inside {self__path_name} is damaged ({exc}); nothing was read.</source>
      <translation>Архив внутри {self__path_name} повреждён ({exc}); ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle has more than {limits_max_members} members; nothing was read.</source>
      <translation>В пакете больше {limits_max_members} элементов; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip's central directory is larger than any bundle needs; nothing was read.</source>
      <translation>Центральный каталог zip больше, чем нужно любому пакету; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {show_name_name} points at no local header; nothing was read.</source>
      <translation>Элемент zip {show_name_name} не указывает ни на один локальный заголовок; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {show_name_name} has a truncated local header; nothing was read.</source>
      <translation>У элемента zip {show_name_name} обрезан локальный заголовок; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {shown} is encrypted; nothing was read.</source>
      <translation>Элемент zip {shown} зашифрован; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {shown} uses a compression method other than deflate; nothing was read.</source>
      <translation>Элемент zip {shown} сжат методом, отличным от deflate; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {shown} has a non-ASCII name without the UTF-8 flag (its name depends on the tool that reads it); nothing was read.</source>
      <translation>У элемента zip {shown} имя не в ASCII без флага UTF-8 (его имя зависит от программы, которая его читает); ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {shown} carries a second (Unicode path) name that other tools would use instead; nothing was read.</source>
      <translation>Элемент zip {shown} несёт второе имя (путь Unicode), которое другие программы использовали бы вместо него; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {shown} is a symbolic link; nothing was read.</source>
      <translation>Элемент zip {shown} — символическая ссылка; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {shown} is a device, FIFO or other special file; nothing was read.</source>
      <translation>Элемент zip {shown} — устройство, FIFO или другой особый файл; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {shown} has inconsistent sizes; nothing was read.</source>
      <translation>У элемента zip {shown} несогласованные размеры; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {shown} would expand more than {limits_max_ratio}:1 ({info_compress_size} to {info_file_size} bytes): a zip bomb; nothing was read.</source>
      <translation>Элемент zip {shown} распаковался бы более чем в {limits_max_ratio}:1 раз ({info_compress_size} в {info_file_size} байт): zip-бомба; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {show_name_spans_1_2} runs into the central directory; nothing was read.</source>
      <translation>Элемент zip {show_name_spans_1_2} заходит в центральный каталог; ничего не прочитано.</translation>
    </message>
    <message>
      <source>{path_name} is not a readable zip archive ({exc}); nothing was read.</source>
      <translation>{path_name} — нечитаемый архив zip ({exc}); ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {show_name_name} is damaged ({exc}); nothing was read.</source>
      <translation>Элемент zip {show_name_name} повреждён ({exc}); ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip folder entry {shown} holds data; nothing was read.</source>
      <translation>Запись папки zip {shown} содержит данные; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip entries {show_name_name} and {show_name_other} overlap (the same bytes counted twice: a zip bomb or a smuggled file); nothing was read.</source>
      <translation>Записи zip {show_name_name} и {show_name_other} перекрываются (одни и те же байты посчитаны дважды: zip-бомба или подложенный файл); ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {show_name_info_orig_filename} has another name ({show_name_local_name_decode_utf_8_replace}) in its local header: tools would disagree about what it holds; nothing was read.</source>
      <translation>У элемента zip {show_name_info_orig_filename} в локальном заголовке другое имя ({show_name_local_name_decode_utf_8_replace}): программы разошлись бы в том, что он содержит; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The zip member {show_name_info_orig_filename} carries a second (Unicode path) name that other tools would use; nothing was read.</source>
      <translation>Элемент zip {show_name_info_orig_filename} несёт второе имя (путь Unicode), которое использовали бы другие программы; ничего не прочитано.</translation>
    </message>
    <message>
      <source>The bundle does not check out: {shown}{more}.</source>
      <translation>Пакет не проходит проверку: {shown}{more}.</translation>
    </message>
    <message>
      <source>{name} would carry {code}, which reads as a record code but names no record of this bundle (records.json has no entry for it); redact or correct that text; nothing was exported.</source>
      <translation>{name} содержал бы {code}, что читается как код записи, но не называет ни одной записи этого пакета (в records.json нет такой записи); скройте или исправьте этот текст; ничего не экспортировано.</translation>
    </message>
    <message>
      <source>Import refused: archive: {detail}</source>
      <translation>Импорт отклонён: archive: {detail}</translation>
    </message>
    <message>
      <source>Import refused: {name}: {detail}; nothing was imported.</source>
      <translation>Импорт отклонён: {name}: {detail}; ничего не импортировано.</translation>
    </message>
    <message>
      <source>Import refused: bundle {bundle_id} was already imported on {row_0_10} (as case {row_1}); nothing was imported.</source>
      <translation>Импорт отклонён: пакет {bundle_id} уже импортирован {row_0_10} (как дело {row_1}); ничего не импортировано.</translation>
    </message>
    <message>
      <source>Import refused: {show_name_name} changed while it was read; nothing was imported.</source>
      <translation>Импорт отклонён: {show_name_name} изменился во время чтения; ничего не импортировано.</translation>
    </message>
    <message>
      <source>Import refused: {show_name_name} is not the original whose intake hash {RECORDS} gives; nothing was imported.</source>
      <translation>Импорт отклонён: {show_name_name} — не тот оригинал, хеш приёма которого указан в {RECORDS}; ничего не импортировано.</translation>
    </message>
    <message>
      <source>Import refused: the statement text {show_name_name} is larger than {MAX_TEXT_FILE_BYTES_1024_1024} MiB; nothing was imported.</source>
      <translation>Импорт отклонён: текст показаний {show_name_name} больше {MAX_TEXT_FILE_BYTES_1024_1024} МиБ; ничего не импортировано.</translation>
    </message>
    <message>
      <source>Import refused: {show_name_min_missing} could not be read from the bundle; nothing was imported.</source>
      <translation>Импорт отклонён: {show_name_min_missing} не удалось прочитать из пакета; ничего не импортировано.</translation>
    </message>
    <message>
      <source>Import refused: the statement text {show_name_name} is not UTF-8 (invalid byte at offset {exc_start}); nothing was imported.</source>
      <translation>Импорт отклонён: текст показаний {show_name_name} не в UTF-8 (недопустимый байт по смещению {exc_start}); ничего не импортировано.</translation>
    </message>
    <message>
      <source>{RECORDS}: {self_where}: {problem}</source>
      <translation>{RECORDS}: {self_where}: {problem}</translation>
    </message>
    <message>
      <source>{RECORDS}: {name} is not a list.</source>
      <translation>{RECORDS}: {name} — не список.</translation>
    </message>
    <message>
      <source>{RECORDS} is not a JSON object.</source>
      <translation>{RECORDS} — не объект JSON.</translation>
    </message>
    <message>
      <source>{RECORDS}: the reference {show_name_ref_40} is used twice.</source>
      <translation>{RECORDS}: ссылка {show_name_ref_40} использована дважды.</translation>
    </message>
    <message>
      <source>{RECORDS}: {where} is not an object.</source>
      <translation>{RECORDS}: {where} — не объект.</translation>
    </message>
    <message>
      <source>An Ed25519 public key is 32 bytes long.</source>
      <translation>Открытый ключ Ed25519 имеет длину 32 байта.</translation>
    </message>
    <message>
      <source>That is not a minisign public key (expected one base64 line, optionally after an 'untrusted comment:' line).</source>
      <translation>Это не открытый ключ minisign (ожидается одна строка base64, возможно после строки 'untrusted comment:').</translation>
    </message>
    <message>
      <source>That is not a minisign Ed25519 public key.</source>
      <translation>Это не открытый ключ minisign Ed25519.</translation>
    </message>
    <message>
      <source>The signature file does not have minisign's four lines.</source>
      <translation>В файле подписи нет четырёх строк minisign.</translation>
    </message>
    <message>
      <source>The signature file does not start with 'untrusted comment:'.</source>
      <translation>Файл подписи не начинается с 'untrusted comment:'.</translation>
    </message>
    <message>
      <source>The signature file has no 'trusted comment:' line.</source>
      <translation>В файле подписи нет строки 'trusted comment:'.</translation>
    </message>
    <message>
      <source>The signature line has the wrong length for minisign.</source>
      <translation>Строка подписи имеет неверную для minisign длину.</translation>
    </message>
    <message>
      <source>The global signature has the wrong length for minisign.</source>
      <translation>Глобальная подпись имеет неверную для minisign длину.</translation>
    </message>
    <message>
      <source>The signature uses minisign's legacy (non-prehashed) format; only prehashed signatures are accepted, as `minisign -V -H` requires.</source>
      <translation>Подпись в устаревшем формате minisign (без предварительного хеширования); принимаются только подписи с предварительным хешированием, как требует `minisign -V -H`.</translation>
    </message>
    <message>
      <source>The signature uses an algorithm minisign does not define.</source>
      <translation>Подпись использует алгоритм, который minisign не определяет.</translation>
    </message>
    <message>
      <source>The signature was made with key {key_id_text_parsed_key_id}, not with the expected key {key_id_text_key_key_id}.</source>
      <translation>Подпись сделана ключом {key_id_text_parsed_key_id}, а не ожидаемым ключом {key_id_text_key_key_id}.</translation>
    </message>
    <message>
      <source>A {which} comment cannot contain a line break or NUL.</source>
      <translation>Комментарий {which} не может содержать перевод строки или NUL.</translation>
    </message>
    <message>
      <source>The {which} comment is longer than minisign allows.</source>
      <translation>Комментарий {which} длиннее, чем допускает minisign.</translation>
    </message>
    <message>
      <source>The {what} file is too large to be a minisign {what}.</source>
      <translation>Файл {what} слишком велик, чтобы быть {what} minisign.</translation>
    </message>
    <message>
      <source>The {what} file has a stray carriage return or NUL.</source>
      <translation>В файле {what} лишний возврат каретки или NUL.</translation>
    </message>
    <message>
      <source>A stored signing key must be 32 bytes long.</source>
      <translation>Сохранённый ключ подписи должен иметь длину 32 байта.</translation>
    </message>
    <message>
      <source>The signature does not match the signed file: it was changed after signing.</source>
      <translation>Подпись не совпадает с подписанным файлом: он изменён после подписания.</translation>
    </message>
    <message>
      <source>The trusted comment of the signature was changed after signing.</source>
      <translation>Доверенный комментарий подписи изменён после подписания.</translation>
    </message>
    <message>
      <source>The {what} line is not valid base64.</source>
      <translation>Строка {what} — недопустимый base64.</translation>
    </message>
    <message>
      <source>The {what} file is not UTF-8 text.</source>
      <translation>Файл {what} — не текст UTF-8.</translation>
    </message>
    <message>
      <source>its redaction process answered out of protocol.</source>
      <translation>его процесс скрытия ответил не по протоколу.</translation>
    </message>
    <message>
      <source>its redaction process stopped unexpectedly ({exc}); nothing was exported.</source>
      <translation>его процесс скрытия неожиданно остановился ({exc}); ничего не экспортировано.</translation>
    </message>
    <message>
      <source>The photo redaction process could not be started ({exc_data_reason}).</source>
      <translation>Не удалось запустить процесс скрытия сведений на фотографиях ({exc_data_reason}).</translation>
    </message>
    <message>
      <source>The photo redaction process stopped as it started.</source>
      <translation>Процесс скрытия сведений на фотографиях остановился сразу при запуске.</translation>
    </message>
    <message>
      <source>{exc}; nothing was exported.</source>
      <translation>{exc}; ничего не экспортировано.</translation>
    </message>
    <message>
      <source>Refused: {len_beyond} imported statement(s) were not released to this vault for {category}: {join_beyond}.</source>
      <translation>Отклонено: импортированные показания ({len_beyond}) не были переданы этому хранилищу для {category}: {join_beyond}.</translation>
    </message>
    <message>
      <source>{len_undecided} statement(s) have possible redactions nobody decided for the {plan_policy_profile} profile: {join_undecided}.</source>
      <translation>Показания ({len_undecided}) содержат возможные скрытия, по которым никто не принял решения для профиля {plan_policy_profile}: {join_undecided}.</translation>
    </message>
    <message>
      <source>{len_unreviewed} attachment(s) have not been reviewed as exported: {join_unreviewed}.</source>
      <translation>Вложения ({len_unreviewed}) не проверены в том виде, в каком экспортируются: {join_unreviewed}.</translation>
    </message>
    <message>
      <source>A redaction at characters {hit_start}-{hit_end} does not match this text; run detection again on the current version.</source>
      <translation>Скрытие на символах {hit_start}-{hit_end} не совпадает с этим текстом; запустите обнаружение заново на текущей версии.</translation>
    </message>
    <message>
      <source>The WAV file cannot be read: {exc}.</source>
      <translation>Файл WAV не читается: {exc}.</translation>
    </message>
    <message>
      <source>Refusing to decode: {outdated}</source>
      <translation>Отказ декодировать: {outdated}</translation>
    </message>
    <message>
      <source>Statement {statement_id} ({statement_witness_code}) has {len_preview_undecided} possible redaction(s) nobody decided for the {policy_profile} profile.</source>
      <translation>В показаниях {statement_id} ({statement_witness_code}) есть возможные скрытия ({len_preview_undecided}), по которым никто не принял решения для профиля {policy_profile}.</translation>
    </message>
    <message>
      <source>This picture is an animation of {frames} frames; only still pictures can be redacted. Save the frame you need as PNG and attach that.</source>
      <translation>Это изображение — анимация из {frames} кадров; скрывать сведения можно только на неподвижных изображениях. Сохраните нужный кадр как PNG и приложите его.</translation>
    </message>
    <message>
      <source>Box {index} contains a value that is not a finite number.</source>
      <translation>Прямоугольник {index} содержит значение, которое не является конечным числом.</translation>
    </message>
    <message>
      <source>Box {index} has no area; its width and height must be positive.</source>
      <translation>У прямоугольника {index} нет площади; его ширина и высота должны быть положительными.</translation>
    </message>
    <message>
      <source>This file is {what} ({found_media_type}); only JPEG, PNG, WebP and TIFF pictures can be redacted. Convert it to PNG or JPEG and attach the copy.</source>
      <translation>Этот файл — {what} ({found_media_type}); скрывать сведения можно только на изображениях JPEG, PNG, WebP и TIFF. Преобразуйте его в PNG или JPEG и приложите копию.</translation>
    </message>
    <message>
      <source>The picture declares no pixels and cannot be read.</source>
      <translation>Изображение не объявляет пикселей и не может быть прочитано.</translation>
    </message>
    <message>
      <source>The picture is {width}×{height} pixels ({width_height_1000000_0} megapixels); pictures above {max_pixels_1000000_0} megapixels cannot be redacted. Export a smaller copy from a photo editor and attach that.</source>
      <translation>Изображение — {width}×{height} пикселей ({width_height_1000000_0} мегапикселей); на изображениях больше {max_pixels_1000000_0} мегапикселей скрывать сведения нельзя. Экспортируйте уменьшенную копию из фоторедактора и приложите её.</translation>
    </message>
    <message>
      <source>This TIFF holds {frames} pages; only single pictures can be redacted. Save it as a PDF and attach that instead.</source>
      <translation>Этот TIFF содержит {frames} страниц; скрывать сведения можно только на одиночных изображениях. Сохраните его как PDF и приложите PDF.</translation>
    </message>
    <message>
      <source>This picture stores floating-point samples (scientific data); convert it to an ordinary 8- or 16-bit picture and attach that.</source>
      <translation>Это изображение хранит отсчёты с плавающей запятой (научные данные); преобразуйте его в обычное 8- или 16-битное изображение и приложите его.</translation>
    </message>
    <message>
      <source>an unexpected header</source>
      <translation>неожиданный заголовок</translation>
    </message>
    <message>
      <source>data after the end of the picture</source>
      <translation>данные после конца изображения</translation>
    </message>
    <message>
      <source>Box {index} is not four numbers (x, y, width, height).</source>
      <translation>Прямоугольник {index} — не четыре числа (x, y, ширина, высота).</translation>
    </message>
    <message>
      <source>The picture is too large to open in memory.</source>
      <translation>Изображение слишком велико, чтобы открыть его в памяти.</translation>
    </message>
    <message>
      <source>This {fmt_upper} picture is damaged or truncated and cannot be read.</source>
      <translation>Это изображение {fmt_upper} повреждено или обрезано и не может быть прочитано.</translation>
    </message>
    <message>
      <source>This TIFF picture is damaged and cannot be read.</source>
      <translation>Это изображение TIFF повреждено и не может быть прочитано.</translation>
    </message>
    <message>
      <source>The picture is too large to decode in memory.</source>
      <translation>Изображение слишком велико, чтобы декодировать его в памяти.</translation>
    </message>
    <message>
      <source>The picture is damaged or truncated (its pixel data ends early or does not decode) and cannot be redacted.</source>
      <translation>Изображение повреждено или обрезано (его пиксельные данные обрываются или не декодируются), скрыть сведения на нём нельзя.</translation>
    </message>
    <message>
      <source>an unreadable marker layout</source>
      <translation>нечитаемое расположение маркеров</translation>
    </message>
    <message>
      <source>a JPEG segment 0x{marker} (metadata)</source>
      <translation>сегмент JPEG 0x{marker} (метаданные)</translation>
    </message>
    <message>
      <source>a PNG {tag_decode_latin_1} chunk</source>
      <translation>фрагмент PNG {tag_decode_latin_1}</translation>
    </message>
    <message>
      <source>a damaged PNG chunk</source>
      <translation>повреждённый фрагмент PNG</translation>
    </message>
    <message>
      <source>a WebP {tag_decode_latin_1} chunk</source>
      <translation>фрагмент WebP {tag_decode_latin_1}</translation>
    </message>
    <message>
      <source>WebP metadata flags</source>
      <translation>флаги метаданных WebP</translation>
    </message>
    <message>
      <source>Audio or video in {media_format} cannot have its metadata stripped.</source>
      <translation>Из аудио или видео в {media_format} метаданные удалить нельзя.</translation>
    </message>
    <message>
      <source>A media header box is cut short.</source>
      <translation>Блок заголовка медиаданных обрезан.</translation>
    </message>
    <message>
      <source>A handler box is cut short.</source>
      <translation>Блок обработчика обрезан.</translation>
    </message>
    <message>
      <source>A data reference box is cut short.</source>
      <translation>Блок ссылок на данные обрезан.</translation>
    </message>
    <message>
      <source>A data reference box does not hold what it claims.</source>
      <translation>Блок ссылок на данные содержит не то, что заявляет.</translation>
    </message>
    <message>
      <source>A chunk offset box is cut short.</source>
      <translation>Блок смещений фрагментов обрезан.</translation>
    </message>
    <message>
      <source>A chunk offset box does not hold what it claims.</source>
      <translation>Блок смещений фрагментов содержит не то, что заявляет.</translation>
    </message>
    <message>
      <source>A track of the media file has no handler.</source>
      <translation>У дорожки медиафайла нет обработчика.</translation>
    </message>
    <message>
      <source>The media file nests boxes deeper than any recording does.</source>
      <translation>Медиафайл вкладывает блоки глубже, чем любая запись.</translation>
    </message>
    <message>
      <source>Fragmented MP4 recordings cannot have their metadata stripped yet.</source>
      <translation>Из фрагментированных записей MP4 метаданные пока удалить нельзя.</translation>
    </message>
    <message>
      <source>The media file does not have exactly one movie box (moov).</source>
      <translation>В медиафайле не ровно один блок movie (moov).</translation>
    </message>
    <message>
      <source>The media file has no movie header or no track to play.</source>
      <translation>В медиафайле нет заголовка movie или нет дорожки для воспроизведения.</translation>
    </message>
    <message>
      <source>The file has more than {MAX_BOXES} boxes; it is refused.</source>
      <translation>В файле больше {MAX_BOXES} блоков; он отклонён.</translation>
    </message>
    <message>
      <source>A box of the media file is cut short or claims a size the file does not have.</source>
      <translation>Блок медиафайла обрезан или заявляет размер, которого у файла нет.</translation>
    </message>
    <message>
      <source>The recording refers to media outside the file.</source>
      <translation>Запись ссылается на медиаданные вне файла.</translation>
    </message>
    <message>
      <source>The recording is too large for its 32-bit chunk offsets.</source>
      <translation>Запись слишком велика для её 32-битных смещений фрагментов.</translation>
    </message>
    <message>
      <source>A track's samples lie outside the media data (mdat).</source>
      <translation>Отсчёты дорожки лежат вне медиаданных (mdat).</translation>
    </message>
    <message>
      <source>A chunk offset points outside the media data (mdat).</source>
      <translation>Смещение фрагмента указывает за пределы медиаданных (mdat).</translation>
    </message>
    <message>
      <source>The MP3 file's ID3 tag runs past the end of the file.</source>
      <translation>Тег ID3 файла MP3 выходит за конец файла.</translation>
    </message>
    <message>
      <source>The MP3 file holds no MPEG audio frames.</source>
      <translation>Файл MP3 не содержит кадров аудио MPEG.</translation>
    </message>
    <message>
      <source>The MP3 file's ID3 tag has an invalid size.</source>
      <translation>У тега ID3 файла MP3 недопустимый размер.</translation>
    </message>
    <message>
      <source>The MP3 file's APE tag has an invalid size.</source>
      <translation>У тега APE файла MP3 недопустимый размер.</translation>
    </message>
    <message>
      <source>The MP3 file's Lyrics3 tag has an invalid size.</source>
      <translation>У тега Lyrics3 файла MP3 недопустимый размер.</translation>
    </message>
    <message>
      <source>The MP3 file's Lyrics3 tag has no beginning.</source>
      <translation>У тега Lyrics3 файла MP3 нет начала.</translation>
    </message>
    <message>
      <source>The MP3 file's appended ID3 tag has an invalid size.</source>
      <translation>У добавленного в конец тега ID3 файла MP3 недопустимый размер.</translation>
    </message>
    <message>
      <source>The MP3 file's tags overlap one another.</source>
      <translation>Теги файла MP3 перекрывают друг друга.</translation>
    </message>
    <message>
      <source>A compact sample size table has a field size other than 4, 8 or 16.</source>
      <translation>В компактной таблице размеров отсчётов размер поля не 4, 8 и не 16.</translation>
    </message>
    <message>
      <source>A track of the media file has chunks but no sample sizes.</source>
      <translation>У дорожки медиафайла есть фрагменты, но нет размеров отсчётов.</translation>
    </message>
    <message>
      <source>A sample table of the media file is cut short.</source>
      <translation>Таблица отсчётов медиафайла обрезана.</translation>
    </message>
    <message>
      <source>A sample table of the media file does not hold what it claims.</source>
      <translation>Таблица отсчётов медиафайла содержит не то, что заявляет.</translation>
    </message>
    <message>
      <source>A sample size table of the media file is cut short.</source>
      <translation>Таблица размеров отсчётов медиафайла обрезана.</translation>
    </message>
    <message>
      <source>A track of the media file has chunks but no sample-to-chunk table.</source>
      <translation>У дорожки медиафайла есть фрагменты, но нет таблицы «отсчёт — фрагмент».</translation>
    </message>
    <message>
      <source>A track of the media file has fewer samples than its chunks hold.</source>
      <translation>У дорожки медиафайла меньше отсчётов, чем содержат её фрагменты.</translation>
    </message>
    <message>
      <source>This file is not a PDF ({found_media_type}); it cannot be redacted as one.</source>
      <translation>Этот файл — не PDF ({found_media_type}); скрыть сведения в нём как в PDF нельзя.</translation>
    </message>
    <message>
      <source>Page {index_1} of the PDF has no size and cannot be read.</source>
      <translation>У страницы {index_1} PDF нет размера, её нельзя прочитать.</translation>
    </message>
    <message>
      <source>Page {number} is {width_72}×{height_72} inches; rendered at {dpi} dpi it would be {pixels_1000000_0} megapixels, above the {cap_1000000_0} megapixel limit for one page.</source>
      <translation>Страница {number} имеет размер {width_72}×{height_72} дюйма; при отрисовке с разрешением {dpi} dpi это было бы {pixels_1000000_0} мегапикселей — больше предела {cap_1000000_0} мегапикселей для одной страницы.</translation>
    </message>
    <message>
      <source>Box {index} names page {box_page}; pages are numbered from 1.</source>
      <translation>Прямоугольник {index} указывает страницу {box_page}; страницы нумеруются с 1.</translation>
    </message>
    <message>
      <source>The redacted PDF came out with {problem}; nothing was exported. This is a bug in Evidence Vault: please report it.</source>
      <translation>Отредактированный PDF получился с {problem}; ничего не экспортировано. Это ошибка в Evidence Vault: сообщите о ней.</translation>
    </message>
    <message>
      <source>Text span {start}-{end} lies outside page {self_page}'s text ({len_self_text} characters).</source>
      <translation>Текстовый фрагмент {start}-{end} лежит вне текста страницы {self_page} ({len_self_text} символов).</translation>
    </message>
    <message>
      <source>The PDF has {count} page(s); there is no page {page}.</source>
      <translation>В PDF страниц: {count}; страницы {page} нет.</translation>
    </message>
    <message>
      <source>The PDF has {count} pages; at most {max_pages} can be redacted at once. Split it into smaller PDFs and attach those.</source>
      <translation>В PDF {count} страниц; за раз можно обработать не больше {max_pages}. Разделите его на PDF поменьше и приложите их.</translation>
    </message>
    <message>
      <source>Page {index_1} of the PDF is damaged and cannot be read.</source>
      <translation>Страница {index_1} PDF повреждена, её нельзя прочитать.</translation>
    </message>
    <message>
      <source>Box {index} is on page {box_page}, but the PDF has {count}.</source>
      <translation>Прямоугольник {index} находится на странице {box_page}, но в PDF их {count}.</translation>
    </message>
    <message>
      <source>A text hit is on page {span_page}, but the PDF has {count}.</source>
      <translation>Совпадение в тексте находится на странице {span_page}, но в PDF их {count}.</translation>
    </message>
    <message>
      <source>The PDF is damaged or incomplete and cannot be read.</source>
      <translation>PDF повреждён или неполон и не может быть прочитан.</translation>
    </message>
    <message>
      <source>The text of page {index_1} of the PDF cannot be read; the PDF is damaged.</source>
      <translation>Текст страницы {index_1} PDF не читается; PDF повреждён.</translation>
    </message>
    <message>
      <source>The PDF is password-protected; open it with its password, print it to a new PDF without protection and attach that copy.</source>
      <translation>PDF защищён паролем; откройте его с паролем, распечатайте в новый PDF без защиты и приложите эту копию.</translation>
    </message>
    <message>
      <source>This file is {media_format} ({media_media_type}): it cannot be redacted or stripped.</source>
      <translation>Этот файл — {media_format} ({media_media_type}): скрыть в нём сведения или удалить метаданные нельзя.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} needs a new review for {profile}: {why}.</source>
      <translation>Вложению {attachment_id} нужна новая проверка для {profile}: {why}.</translation>
    </message>
    <message>
      <source>Attachment {attachment_id} as exported changed since it was shown (a box or a name changed): look at it again before marking it reviewed.</source>
      <translation>Вложение {attachment_id} в экспортируемом виде изменилось с момента показа (изменился прямоугольник или имя): посмотрите его снова, прежде чем отмечать как проверенное.</translation>
    </message>
    <message>
      <source>REVIEW</source>
      <translation>ПРОВЕРКА</translation>
    </message>
    <message>
      <source>ATTACHMENT</source>
      <translation>ВЛОЖЕНИЕ</translation>
    </message>
    <message>
      <source>PROFILE</source>
      <translation>ПРОФИЛЬ</translation>
    </message>
    <message>
      <source>REVIEWED</source>
      <translation>ПРОВЕРЕНО</translation>
    </message>
    <message>
      <source>DERIVATIVE SHA256</source>
      <translation>SHA256 ПРОИЗВОДНОГО</translation>
    </message>
    <message>
      <source>REVIEW STATE</source>
      <translation>СОСТОЯНИЕ ПРОВЕРКИ</translation>
    </message>
    <message>
      <source>WHY</source>
      <translation>ПОЧЕМУ</translation>
    </message>
    <message>
      <source>Case {code} is already retracted (or its case is).</source>
      <translation>Дело {code} уже отозвано (или отозвано его дело).</translation>
    </message>
    <message>
      <source>Person {code} is already retracted (or its case is).</source>
      <translation>Лицо {code} уже отозвано (или отозвано его дело).</translation>
    </message>
    <message>
      <source>Statement {code} is already retracted (or its case is).</source>
      <translation>Показания {code} уже отозваны (или отозвано их дело).</translation>
    </message>
    <message>
      <source>Attachment {code} is already retracted (or its case is).</source>
      <translation>Вложение {code} уже отозвано (или отозвано его дело).</translation>
    </message>
    <message>
      <source>Incident {code} is already retracted (or its case is).</source>
      <translation>Инцидент {code} уже отозван (или отозвано его дело).</translation>
    </message>
    <message>
      <source>Facility {code} is already retracted (or its case is).</source>
      <translation>Учреждение {code} уже отозвано (или отозвано его дело).</translation>
    </message>
    <message>
      <source>Link {code} is already retracted (or its case is).</source>
      <translation>Связь {code} уже отозвана (или отозвано её дело).</translation>
    </message>
    <message>
      <source>Person {code} is still used by {count} statement(s) ({using}): retract those statements first; nothing was retracted.</source>
      <translation>Лицо {code} ещё используется в показаниях ({count}: {using}): сначала отзовите эти показания; ничего не отозвано.</translation>
    </message>
    <message>
      <source>Statement {code} is still used by {count} attachment(s) ({using}): move them to another statement (or to none) or retract them first; nothing was retracted.</source>
      <translation>Показания {code} ещё используются вложениями ({count}: {using}): перенесите их к другим показаниям (или ни к каким) или сначала отзовите их; ничего не отозвано.</translation>
    </message>
    <message>
      <source>Facility {code} is still used by {count} incident(s) ({using}): correct their facility or retract them first; nothing was retracted.</source>
      <translation>Учреждение {code} ещё используется в инцидентах ({count}: {using}): исправьте в них учреждение или сначала отзовите их; ничего не отозвано.</translation>
    </message>
    <message>
      <source>{text} fits {count} records ({listed}): say which case, as CASE/CODE such as C-002/W-001.</source>
      <translation>{text} подходит к записям ({count}: {listed}): укажите дело в виде ДЕЛО/КОД, например C-002/W-001.</translation>
    </message>
    <message>
      <source>{text} fits {count} records ({listed}): give more characters of the id.</source>
      <translation>{text} подходит к записям ({count}: {listed}): укажите больше символов id.</translation>
    </message>
    <message>
      <source>Cannot read the passphrase file {path}: {reason}.</source>
      <translation>Не удалось прочитать файл парольной фразы {path}: {reason}.</translation>
    </message>
    <message>
      <source>the passphrase file {path} can be read by other users of this computer (mode {mode}); make it private: chmod 600 {path}</source>
      <translation>файл парольной фразы {path} доступен для чтения другим пользователям этого компьютера (режим {mode}); сделайте его личным: chmod 600 {path}</translation>
    </message>
    <message>
      <source>The passphrase file {path} is far too large.</source>
      <translation>Файл парольной фразы {path} слишком велик.</translation>
    </message>
    <message>
      <source>The passphrase file {path} is not UTF-8 text.</source>
      <translation>Файл парольной фразы {path} — не текст UTF-8.</translation>
    </message>
    <message>
      <source>The passphrase file {path} is empty.</source>
      <translation>Файл парольной фразы {path} пуст.</translation>
    </message>
    <message>
      <source>Cannot read the new passphrase file {path}: {reason}.</source>
      <translation>Не удалось прочитать файл новой парольной фразы {path}: {reason}.</translation>
    </message>
    <message>
      <source>the new passphrase file {path} can be read by other users of this computer (mode {mode}); make it private: chmod 600 {path}</source>
      <translation>файл новой парольной фразы {path} доступен для чтения другим пользователям этого компьютера (режим {mode}); сделайте его личным: chmod 600 {path}</translation>
    </message>
    <message>
      <source>The new passphrase file {path} is far too large.</source>
      <translation>Файл новой парольной фразы {path} слишком велик.</translation>
    </message>
    <message>
      <source>The new passphrase file {path} is not UTF-8 text.</source>
      <translation>Файл новой парольной фразы {path} — не текст UTF-8.</translation>
    </message>
    <message>
      <source>The new passphrase file {path} is empty.</source>
      <translation>Файл новой парольной фразы {path} пуст.</translation>
    </message>
    <message>
      <source>Cannot read the recovery code file {path}: {reason}.</source>
      <translation>Не удалось прочитать файл кода восстановления {path}: {reason}.</translation>
    </message>
    <message>
      <source>the recovery code file {path} can be read by other users of this computer (mode {mode}); make it private: chmod 600 {path}</source>
      <translation>файл кода восстановления {path} доступен для чтения другим пользователям этого компьютера (режим {mode}); сделайте его личным: chmod 600 {path}</translation>
    </message>
    <message>
      <source>The recovery code file {path} is far too large.</source>
      <translation>Файл кода восстановления {path} слишком велик.</translation>
    </message>
    <message>
      <source>The recovery code file {path} is not UTF-8 text.</source>
      <translation>Файл кода восстановления {path} — не текст UTF-8.</translation>
    </message>
    <message>
      <source>The recovery code file {path} is empty.</source>
      <translation>Файл кода восстановления {path} пуст.</translation>
    </message>
    <message>
      <source>{count} statement(s): {why}</source>
      <translation>показания ({count}): {why}</translation>
    </message>
    <message>
      <source>Nothing to export for the {profile} profile: {detail}</source>
      <translation>Для профиля {profile} экспортировать нечего: {detail}</translation>
    </message>
    <message>
      <source>Nothing to export for the {profile} profile: the case has no statements or attachments.</source>
      <translation>Для профиля {profile} экспортировать нечего: в деле нет ни показаний, ни вложений.</translation>
    </message>
    <message>
      <source>this vault's own key</source>
      <translation>собственный ключ этого хранилища</translation>
    </message>
    <message>
      <source>TRUSTED: this vault's own key</source>
      <translation>TRUSTED: собственный ключ этого хранилища</translation>
    </message>
    <message>
      <source>No record with code {text}.</source>
      <translation>Нет записи с кодом {text}.</translation>
    </message>
    <message>
      <source>No record with code {text} in case {case}.</source>
      <translation>В деле {case} нет записи с кодом {text}.</translation>
    </message>
    <message>
      <source>No record with id {text}.</source>
      <translation>Нет записи с id {text}.</translation>
    </message>
    <message>
      <source>No record with id {text} in case {case}.</source>
      <translation>В деле {case} нет записи с id {text}.</translation>
    </message>
    <message>
      <source>No case with code {text}.</source>
      <translation>Нет дела с кодом {text}.</translation>
    </message>
    <message>
      <source>No case with code {text} in case {case}.</source>
      <translation>В деле {case} нет дела с кодом {text}.</translation>
    </message>
    <message>
      <source>No case with id {text}.</source>
      <translation>Нет дела с id {text}.</translation>
    </message>
    <message>
      <source>No case with id {text} in case {case}.</source>
      <translation>В деле {case} нет дела с id {text}.</translation>
    </message>
    <message>
      <source>No person with code {text}.</source>
      <translation>Нет лица с кодом {text}.</translation>
    </message>
    <message>
      <source>No person with code {text} in case {case}.</source>
      <translation>В деле {case} нет лица с кодом {text}.</translation>
    </message>
    <message>
      <source>No person with id {text}.</source>
      <translation>Нет лица с id {text}.</translation>
    </message>
    <message>
      <source>No person with id {text} in case {case}.</source>
      <translation>В деле {case} нет лица с id {text}.</translation>
    </message>
    <message>
      <source>No statement with code {text}.</source>
      <translation>Нет показаний с кодом {text}.</translation>
    </message>
    <message>
      <source>No statement with code {text} in case {case}.</source>
      <translation>В деле {case} нет показаний с кодом {text}.</translation>
    </message>
    <message>
      <source>No statement with id {text}.</source>
      <translation>Нет показаний с id {text}.</translation>
    </message>
    <message>
      <source>No statement with id {text} in case {case}.</source>
      <translation>В деле {case} нет показаний с id {text}.</translation>
    </message>
    <message>
      <source>No attachment with code {text}.</source>
      <translation>Нет вложения с кодом {text}.</translation>
    </message>
    <message>
      <source>No attachment with code {text} in case {case}.</source>
      <translation>В деле {case} нет вложения с кодом {text}.</translation>
    </message>
    <message>
      <source>No attachment with id {text}.</source>
      <translation>Нет вложения с id {text}.</translation>
    </message>
    <message>
      <source>No attachment with id {text} in case {case}.</source>
      <translation>В деле {case} нет вложения с id {text}.</translation>
    </message>
    <message>
      <source>No incident with code {text}.</source>
      <translation>Нет инцидента с кодом {text}.</translation>
    </message>
    <message>
      <source>No incident with code {text} in case {case}.</source>
      <translation>В деле {case} нет инцидента с кодом {text}.</translation>
    </message>
    <message>
      <source>No incident with id {text}.</source>
      <translation>Нет инцидента с id {text}.</translation>
    </message>
    <message>
      <source>No incident with id {text} in case {case}.</source>
      <translation>В деле {case} нет инцидента с id {text}.</translation>
    </message>
    <message>
      <source>No facility with code {text}.</source>
      <translation>Нет учреждения с кодом {text}.</translation>
    </message>
    <message>
      <source>No facility with code {text} in case {case}.</source>
      <translation>В деле {case} нет учреждения с кодом {text}.</translation>
    </message>
    <message>
      <source>No facility with id {text}.</source>
      <translation>Нет учреждения с id {text}.</translation>
    </message>
    <message>
      <source>No facility with id {text} in case {case}.</source>
      <translation>В деле {case} нет учреждения с id {text}.</translation>
    </message>
    <message>
      <source>No link with code {text}.</source>
      <translation>Нет связи с кодом {text}.</translation>
    </message>
    <message>
      <source>No link with code {text} in case {case}.</source>
      <translation>В деле {case} нет связи с кодом {text}.</translation>
    </message>
    <message>
      <source>No link with id {text}.</source>
      <translation>Нет связи с id {text}.</translation>
    </message>
    <message>
      <source>No link with id {text} in case {case}.</source>
      <translation>В деле {case} нет связи с id {text}.</translation>
    </message>
    <message>
      <source>{text} is not a case of case {case}: it belongs to another case.</source>
      <translation>{text} — не дело дела {case}: это запись другого дела.</translation>
    </message>
    <message>
      <source>{text} is not a person of case {case}: it belongs to another case.</source>
      <translation>{text} — не лицо дела {case}: это запись другого дела.</translation>
    </message>
    <message>
      <source>{text} is not a statement of case {case}: it belongs to another case.</source>
      <translation>{text} — не показания дела {case}: это запись другого дела.</translation>
    </message>
    <message>
      <source>{text} is not a attachment of case {case}: it belongs to another case.</source>
      <translation>{text} — не вложение дела {case}: это запись другого дела.</translation>
    </message>
    <message>
      <source>{text} is not a incident of case {case}: it belongs to another case.</source>
      <translation>{text} — не инцидент дела {case}: это запись другого дела.</translation>
    </message>
    <message>
      <source>{text} is not a facility of case {case}: it belongs to another case.</source>
      <translation>{text} — не учреждение дела {case}: это запись другого дела.</translation>
    </message>
    <message>
      <source>{text} is not a link of case {case}: it belongs to another case.</source>
      <translation>{text} — не связь дела {case}: это запись другого дела.</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a person.</source>
      <translation>{text} — код дела, а не лица.</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a statement.</source>
      <translation>{text} — код дела, а не показаний.</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a attachment.</source>
      <translation>{text} — код дела, а не вложения.</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a incident.</source>
      <translation>{text} — код дела, а не инцидента.</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a facility.</source>
      <translation>{text} — код дела, а не учреждения.</translation>
    </message>
    <message>
      <source>{text} is a case code, not the code of a link.</source>
      <translation>{text} — код дела, а не связи.</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a case.</source>
      <translation>{text} — код лица, а не дела.</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a statement.</source>
      <translation>{text} — код лица, а не показаний.</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a attachment.</source>
      <translation>{text} — код лица, а не вложения.</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a incident.</source>
      <translation>{text} — код лица, а не инцидента.</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a facility.</source>
      <translation>{text} — код лица, а не учреждения.</translation>
    </message>
    <message>
      <source>{text} is a person code, not the code of a link.</source>
      <translation>{text} — код лица, а не связи.</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a case.</source>
      <translation>{text} — код показаний, а не дела.</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a person.</source>
      <translation>{text} — код показаний, а не лица.</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a attachment.</source>
      <translation>{text} — код показаний, а не вложения.</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a incident.</source>
      <translation>{text} — код показаний, а не инцидента.</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a facility.</source>
      <translation>{text} — код показаний, а не учреждения.</translation>
    </message>
    <message>
      <source>{text} is a statement code, not the code of a link.</source>
      <translation>{text} — код показаний, а не связи.</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a case.</source>
      <translation>{text} — код вложения, а не дела.</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a person.</source>
      <translation>{text} — код вложения, а не лица.</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a statement.</source>
      <translation>{text} — код вложения, а не показаний.</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a incident.</source>
      <translation>{text} — код вложения, а не инцидента.</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a facility.</source>
      <translation>{text} — код вложения, а не учреждения.</translation>
    </message>
    <message>
      <source>{text} is a attachment code, not the code of a link.</source>
      <translation>{text} — код вложения, а не связи.</translation>
    </message>
    <message>
      <source>{text} is too short to name a record: give at least {count} characters of its id, or its code.</source>
      <translation>{text} — слишком мало, чтобы указать запись: нужно не меньше {count} символов id или код.</translation>
    </message>
    <message>
      <source>{text} is too short to name a case: give at least {count} characters of its id, or its code.</source>
      <translation>{text} — слишком мало, чтобы указать дело: нужно не меньше {count} символов id или код.</translation>
    </message>
    <message>
      <source>{text} is too short to name a person: give at least {count} characters of its id, or its code.</source>
      <translation>{text} — слишком мало, чтобы указать лицо: нужно не меньше {count} символов id или код.</translation>
    </message>
    <message>
      <source>{text} is too short to name a statement: give at least {count} characters of its id, or its code.</source>
      <translation>{text} — слишком мало, чтобы указать показания: нужно не меньше {count} символов id или код.</translation>
    </message>
    <message>
      <source>{text} is too short to name a attachment: give at least {count} characters of its id, or its code.</source>
      <translation>{text} — слишком мало, чтобы указать вложение: нужно не меньше {count} символов id или код.</translation>
    </message>
    <message>
      <source>{text} is too short to name a incident: give at least {count} characters of its id, or its code.</source>
      <translation>{text} — слишком мало, чтобы указать инцидент: нужно не меньше {count} символов id или код.</translation>
    </message>
    <message>
      <source>{text} is too short to name a facility: give at least {count} characters of its id, or its code.</source>
      <translation>{text} — слишком мало, чтобы указать учреждение: нужно не меньше {count} символов id или код.</translation>
    </message>
    <message>
      <source>{text} is too short to name a link: give at least {count} characters of its id, or its code.</source>
      <translation>{text} — слишком мало, чтобы указать связь: нужно не меньше {count} символов id или код.</translation>
    </message>
    <message>
      <source>No record with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>Нет записи с id {text}: укажите id, его первые {count}+ символов или код, например C-001, W-001, S-001, A-001.</translation>
    </message>
    <message>
      <source>No case with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>Нет дела с id {text}: укажите id, его первые {count}+ символов или код, например C-001, W-001, S-001, A-001.</translation>
    </message>
    <message>
      <source>No person with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>Нет лица с id {text}: укажите id, его первые {count}+ символов или код, например C-001, W-001, S-001, A-001.</translation>
    </message>
    <message>
      <source>No statement with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>Нет показаний с id {text}: укажите id, его первые {count}+ символов или код, например C-001, W-001, S-001, A-001.</translation>
    </message>
    <message>
      <source>No attachment with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>Нет вложения с id {text}: укажите id, его первые {count}+ символов или код, например C-001, W-001, S-001, A-001.</translation>
    </message>
    <message>
      <source>No incident with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>Нет инцидента с id {text}: укажите id, его первые {count}+ символов или код, например C-001, W-001, S-001, A-001.</translation>
    </message>
    <message>
      <source>No facility with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>Нет учреждения с id {text}: укажите id, его первые {count}+ символов или код, например C-001, W-001, S-001, A-001.</translation>
    </message>
    <message>
      <source>No link with id {text}: give an id, its first {count}+ characters, or a code such as C-001, W-001, S-001, A-001.</source>
      <translation>Нет связи с id {text}: укажите id, его первые {count}+ символов или код, например C-001, W-001, S-001, A-001.</translation>
    </message>
    <message>
      <source>Name the record: an id, its first {count}+ characters, or a code.</source>
      <translation>Укажите запись: id, его первые {count}+ символов или код.</translation>
    </message>
    <message>
      <source>Name the case: an id, its first {count}+ characters, or a code.</source>
      <translation>Укажите дело: id, его первые {count}+ символов или код.</translation>
    </message>
    <message>
      <source>Name the person: an id, its first {count}+ characters, or a code.</source>
      <translation>Укажите лицо: id, его первые {count}+ символов или код.</translation>
    </message>
    <message>
      <source>Name the statement: an id, its first {count}+ characters, or a code.</source>
      <translation>Укажите показания: id, его первые {count}+ символов или код.</translation>
    </message>
    <message>
      <source>Name the attachment: an id, its first {count}+ characters, or a code.</source>
      <translation>Укажите вложение: id, его первые {count}+ символов или код.</translation>
    </message>
    <message>
      <source>Name the incident: an id, its first {count}+ characters, or a code.</source>
      <translation>Укажите инцидент: id, его первые {count}+ символов или код.</translation>
    </message>
    <message>
      <source>Name the facility: an id, its first {count}+ characters, or a code.</source>
      <translation>Укажите учреждение: id, его первые {count}+ символов или код.</translation>
    </message>
    <message>
      <source>Name the link: an id, its first {count}+ characters, or a code.</source>
      <translation>Укажите связь: id, его первые {count}+ символов или код.</translation>
    </message>
    <message>
      <source>No case with id {text}: it is {other}.</source>
      <translation>Нет дела с id {text}: это {other}.</translation>
    </message>
    <message>
      <source>No person with id {text}: it is {other}.</source>
      <translation>Нет лица с id {text}: это {other}.</translation>
    </message>
    <message>
      <source>No statement with id {text}: it is {other}.</source>
      <translation>Нет показаний с id {text}: это {other}.</translation>
    </message>
    <message>
      <source>No attachment with id {text}: it is {other}.</source>
      <translation>Нет вложения с id {text}: это {other}.</translation>
    </message>
    <message>
      <source>No incident with id {text}: it is {other}.</source>
      <translation>Нет инцидента с id {text}: это {other}.</translation>
    </message>
    <message>
      <source>No facility with id {text}: it is {other}.</source>
      <translation>Нет учреждения с id {text}: это {other}.</translation>
    </message>
    <message>
      <source>No link with id {text}: it is {other}.</source>
      <translation>Нет связи с id {text}: это {other}.</translation>
    </message>
    <message>
      <source>hint: to keep such files exactly as received (encrypted, never shown or redacted), add --as-received</source>
      <translation>подсказка: чтобы сохранить такие файлы точно в полученном виде (зашифрованными, без показа и без скрытия сведений), добавьте --as-received</translation>
    </message>
    <message>
      <source>{reason} Nothing was taken in.</source>
      <translation>{reason} Ничего не принято.</translation>
    </message>
    <message>
      <source>{name}: {reason}</source>
      <translation>{name}: {reason}</translation>
    </message>
    <message>
      <source>{why} It is kept as received and will never be shown or redacted.</source>
      <translation>{why} Файл сохранён в полученном виде: он никогда не будет показан, и сведения в нём не будут скрыты.</translation>
    </message>
    <message>
      <source>{name} is named as {claimed} but its content is {found}; it is taken in as it is</source>
      <translation>{name} назван как {claimed}, но по содержимому это {found}; файл принят как есть</translation>
    </message>
    <message>
      <source>{name} is named as {claimed} but is not one: its content is {found}.</source>
      <translation>{name} назван как {claimed}, но им не является: по содержимому это {found}.</translation>
    </message>
    <message>
      <source>{name} is named as {claimed} but is not one: its content is of no known format.</source>
      <translation>{name} назван как {claimed}, но им не является: содержимое не относится ни к одному известному формату.</translation>
    </message>
    <message>
      <source>Use --as-received to keep them exactly as received.</source>
      <translation>Чтобы сохранить их точно в полученном виде, используйте --as-received.</translation>
    </message>
    <message>
      <source>{escape_invisible_blob_name} changed while it was being taken in: it is not the file that was checked. Nothing was taken in.</source>
      <translation>{escape_invisible_blob_name} изменился во время приёма: это не тот файл, который был проверен. Ничего не принято.</translation>
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
      <translation>Отмена</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Да</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Нет</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Применить</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Не сохранять</translation>
    </message>
  </context>
  <context>
    <name>QWizard</name>
    <message>
      <source>&lt; &amp;Back</source>
      <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
      <source>&amp;Next &gt;</source>
      <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
      <source>&amp;Finish</source>
      <translation>&amp;Готово</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Вырезать</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Вставить</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Отменить</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторить</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Вырезать</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Вставить</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Удалить</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Выделить всё</translation>
    </message>
  </context>
  <context>
    <name>cli-help</name>
    <message>
      <source>the signers whose bundles this vault trusts</source>
      <translation>подписанты, пакетам которых доверяет это хранилище</translation>
    </message>
    <message>
      <source>check a bundle: layout, hashes, signature, custody, signer</source>
      <translation>проверить пакет: структура, хэши, подпись, цепочка хранения, подписант</translation>
    </message>
    <message>
      <source>verify a bundle, then take it in as a new case of imported records</source>
      <translation>проверить пакет, затем принять его как новое дело из импортированных записей</translation>
    </message>
    <message>
      <source>trust a signer's key, from a minisign .pub file or a received bundle</source>
      <translation>доверять ключу подписанта: из файла .pub minisign или из полученного пакета</translation>
    </message>
    <message>
      <source>a minisign public key file, or a bundle (folder, .zip, or .age with --identity) whose signature/signer.pub is read</source>
      <translation>файл открытого ключа minisign или пакет (папка, .zip или .age с --identity), из которого читается signature/signer.pub</translation>
    </message>
    <message>
      <source>who the key belongs to</source>
      <translation>кому принадлежит ключ</translation>
    </message>
    <message>
      <source>age identity file for an .age bundle</source>
      <translation>файл идентификатора age для пакета .age</translation>
    </message>
    <message>
      <source>the fingerprint the sender read out (64 hex digits, groups allowed); the key must match it, and no question is asked</source>
      <translation>отпечаток, который продиктовал отправитель (64 шестнадцатеричные цифры, можно группами); ключ должен с ним совпасть, вопрос не задаётся</translation>
    </message>
    <message>
      <source>trust without asking (you compared the printed fingerprint yourself)</source>
      <translation>доверять без вопроса (вы сами сверили выведенный отпечаток)</translation>
    </message>
    <message>
      <source>stop trusting a key; its bundles are refused</source>
      <translation>перестать доверять ключу; его пакеты отклоняются</translation>
    </message>
    <message>
      <source>as `signer list` shows it</source>
      <translation>как его показывает `signer list`</translation>
    </message>
    <message>
      <source>trusted and revoked signers</source>
      <translation>доверенные и отозванные подписанты</translation>
    </message>
    <message>
      <source>a JSON array (full fingerprints, ISO 8601 UTC) instead of a table</source>
      <translation>массив JSON (полные отпечатки, ISO 8601 UTC) вместо таблицы</translation>
    </message>
    <message>
      <source>a bundle folder, .zip or .age file</source>
      <translation>папка пакета, файл .zip или .age</translation>
    </message>
    <message>
      <source>the fingerprint the sender gave you by another route (64 hex digits, groups allowed): PINNED when it matches</source>
      <translation>отпечаток, который отправитель сообщил вам по другому каналу (64 шестнадцатеричные цифры, можно группами): PINNED, если совпадает</translation>
    </message>
    <message>
      <source>one JSON report instead of text</source>
      <translation>один отчёт JSON вместо текста</translation>
    </message>
    <message>
      <source>the fingerprint the sender gave you by another route (PINNED); without it the signer must be in `signer list` (TRUSTED)</source>
      <translation>отпечаток, который отправитель сообщил вам по другому каналу (PINNED); без него подписант должен быть в `signer list` (TRUSTED)</translation>
    </message>
    <message>
      <source>take in a bundle whose signer is neither trusted nor pinned; every imported record then says signer UNVERIFIED (a revoked or mismatched signer is still refused)</source>
      <translation>принять пакет, подписант которого не доверенный и не закреплён; каждая импортированная запись тогда помечена: подписант UNVERIFIED (отозванный или несовпадающий подписант по-прежнему отклоняется)</translation>
    </message>
    <message>
      <source>legal, government, ngo, media, public or evidence</source>
      <translation>legal, government, ngo, media, public или evidence</translation>
    </message>
    <message>
      <source>write a signed bundle of one case for one profile</source>
      <translation>записать подписанный пакет одного дела для одного профиля</translation>
    </message>
    <message>
      <source>code (C-001), id or id prefix</source>
      <translation>код (C-001), id или префикс id</translation>
    </message>
    <message>
      <source>the bundle to write (must not exist); .zip or .age is added when missing</source>
      <translation>пакет, который будет записан (не должен существовать); .zip или .age добавляется, если его нет</translation>
    </message>
    <message>
      <source>encrypt the bundle to this age recipient (repeatable)</source>
      <translation>зашифровать пакет для этого получателя age (можно повторять)</translation>
    </message>
    <message>
      <source>one zip file instead of a folder</source>
      <translation>один файл zip вместо папки</translation>
    </message>
    <message>
      <source>only these statements and their attachments (S-001, id; repeatable)</source>
      <translation>только эти показания и их вложения (S-001, id; можно повторять)</translation>
    </message>
    <message>
      <source>leave out attachments not reviewed as exported, and say so</source>
      <translation>не включать вложения, не проверенные в виде для экспорта, и сообщить об этом</translation>
    </message>
    <message>
      <source>include audio/video (voices identify people)</source>
      <translation>включить аудио и видео (по голосу можно опознать людей)</translation>
    </message>
    <message>
      <source>name perpetrators even where the profile codes them (media, public)</source>
      <translation>называть исполнителей по имени, даже где профиль заменяет их кодами (media, public)</translation>
    </message>
    <message>
      <source>code perpetrators even where the profile names them</source>
      <translation>заменять исполнителей кодами, даже где профиль называет их по имени</translation>
    </message>
    <message>
      <source>The desktop window starts from `evidence-vault` itself (with no command, or `gui`); everything also works from the command line below.</source>
      <translation>Окно программы открывается самой командой `evidence-vault` (без команды или с `gui`); всё то же можно сделать и из командной строки, описанной ниже.</translation>
    </message>
    <message>
      <source>open the desktop app</source>
      <translation>открыть окно программы</translation>
    </message>
    <message>
      <source>Encrypted, offline evidence vault for human-rights investigators.</source>
      <translation>Зашифрованное автономное хранилище доказательств для тех, кто расследует нарушения прав человека.</translation>
    </message>
    <message>
      <source>Passphrases are read from EVIDENCE_VAULT_PASSPHRASE, --passphrase-file, or the terminal; never from the command line.</source>
      <translation>Парольные фразы читаются из EVIDENCE_VAULT_PASSPHRASE, --passphrase-file или с терминала; никогда из командной строки.</translation>
    </message>
    <message>
      <source>show the program's version number and exit</source>
      <translation>показать номер версии программы и выйти</translation>
    </message>
    <message>
      <source>the vault folder</source>
      <translation>папка хранилища</translation>
    </message>
    <message>
      <source>read the passphrase from F</source>
      <translation>прочитать парольную фразу из F</translation>
    </message>
    <message>
      <source>open a throwaway sample vault</source>
      <translation>открыть пробное хранилище (удаляется при выходе)</translation>
    </message>
    <message>
      <source>language of messages: en, ru, hy or az (default: EVIDENCE_VAULT_LANG, the locale)</source>
      <translation>язык сообщений: en, ru, hy или az (по умолчанию: EVIDENCE_VAULT_LANG, локаль)</translation>
    </message>
    <message>
      <source>a throwaway sample vault</source>
      <translation>пробное хранилище (удаляется при выходе)</translation>
    </message>
    <message>
      <source>{option} is not accepted: a passphrase on the command line shows in ps and the shell history; use --passphrase-file F, EVIDENCE_VAULT_PASSPHRASE or the terminal prompt</source>
      <translation>{option} не принимается: парольная фраза в командной строке видна в ps и в истории оболочки; используйте --passphrase-file F, EVIDENCE_VAULT_PASSPHRASE или запрос на терминале</translation>
    </message>
    <message>
      <source>{option} takes no value: the recovery code is typed at the prompt or read with --recovery-code-file F, never from the command line</source>
      <translation>{option} не принимает значения: код восстановления вводится по запросу или читается через --recovery-code-file F, никогда из командной строки</translation>
    </message>
    <message>
      <source>{option} is not an option; passphrases are read from --passphrase-file F, EVIDENCE_VAULT_PASSPHRASE or the terminal, never from the command line</source>
      <translation>{option} — не параметр; парольные фразы читаются из --passphrase-file F, EVIDENCE_VAULT_PASSPHRASE или с терминала, никогда из командной строки</translation>
    </message>
    <message>
      <source>why it is corrected (kept in the vault beside the custody event, never exported)</source>
      <translation>почему вносится исправление (хранится в хранилище рядом с событием хранения, никогда не экспортируется)</translation>
    </message>
    <message>
      <source>the case the codes are read in (C-001)</source>
      <translation>дело, в котором читаются коды (C-001)</translation>
    </message>
    <message>
      <source>the operator name the custody log records</source>
      <translation>имя оператора, которое записывает журнал хранения доказательств</translation>
    </message>
    <message>
      <source>attachments already in the vault</source>
      <translation>вложения, уже находящиеся в хранилище</translation>
    </message>
    <message>
      <source>hide a record entered by mistake (kept, never deleted)</source>
      <translation>отозвать запись, внесённую по ошибке (она сохраняется, никогда не удаляется)</translation>
    </message>
    <message>
      <source>the custody events in readable form, oldest first</source>
      <translation>события хранения в читаемом виде, от старых к новым</translation>
    </message>
    <message>
      <source>events of this case and its records (C-001, id)</source>
      <translation>события этого дела и его записей (C-001, id)</translation>
    </message>
    <message>
      <source>events of one record (a code such as W-001, an id)</source>
      <translation>события одной записи (код, например W-001, или id)</translation>
    </message>
    <message>
      <source>from this day (2024-05-01) or UTC time (2024-05-01T14:30) on</source>
      <translation>начиная с этого дня (2024-05-01) или момента UTC (2024-05-01T14:30)</translation>
    </message>
    <message>
      <source>a JSON array of events (full ids, ISO 8601 UTC)</source>
      <translation>массив JSON событий (полные id, ISO 8601 UTC)</translation>
    </message>
    <message>
      <source>correct a person; prints the id and code (the code never changes)</source>
      <translation>исправить сведения о лице; выводит id и код (код никогда не меняется)</translation>
    </message>
    <message>
      <source>code (W-001), id or id prefix</source>
      <translation>код (W-001), id или префикс id</translation>
    </message>
    <message>
      <source>new primary name</source>
      <translation>новое основное имя</translation>
    </message>
    <message>
      <source>replaces every alias (repeatable)</source>
      <translation>заменяет все другие имена (можно повторять)</translation>
    </message>
    <message>
      <source>remove every alias</source>
      <translation>удалить все другие имена</translation>
    </message>
    <message>
      <source>give a further role: witness, victim, perpetrator, interviewer, interpreter or other (repeatable)</source>
      <translation>добавить роль: witness, victim, perpetrator, interviewer, interpreter или other (можно повторять)</translation>
    </message>
    <message>
      <source>take a role away (repeatable)</source>
      <translation>снять роль (можно повторять)</translation>
    </message>
    <message>
      <source>date of birth: 1990-04-02, 1990 or ~1990 ('' clears it)</source>
      <translation>дата рождения: 1990-04-02, 1990 или ~1990 ('' очищает её)</translation>
    </message>
    <message>
      <source>correct an incident; prints its id</source>
      <translation>исправить инцидент; выводит его id</translation>
    </message>
    <message>
      <source>id or its first 6+ characters</source>
      <translation>id или его первые 6+ символов</translation>
    </message>
    <message>
      <source>violation type</source>
      <translation>вид нарушения</translation>
    </message>
    <message>
      <source>2020-11-09, 2020-11, 2020 or ~2020-11 ('' clears it)</source>
      <translation>2020-11-09, 2020-11, 2020 или ~2020-11 ('' очищает)</translation>
    </message>
    <message>
      <source>where it happened ('' clears it)</source>
      <translation>где это произошло ('' очищает)</translation>
    </message>
    <message>
      <source>facility id or prefix ('' clears it)</source>
      <translation>id учреждения или префикс ('' очищает)</translation>
    </message>
    <message>
      <source>what happened ('' clears it)</source>
      <translation>что произошло ('' очищает)</translation>
    </message>
    <message>
      <source>correct a facility; prints its id</source>
      <translation>исправить сведения об учреждении; выводит его id</translation>
    </message>
    <message>
      <source>new name</source>
      <translation>новое название</translation>
    </message>
    <message>
      <source>facility, organization, ...</source>
      <translation>facility, organization, ... (учреждение, организация, ...)</translation>
    </message>
    <message>
      <source>replaces the notes</source>
      <translation>заменяет примечания</translation>
    </message>
    <message>
      <source>change the operator name for every later event</source>
      <translation>изменить имя оператора для всех последующих событий</translation>
    </message>
    <message>
      <source>your name or code (INV-07)</source>
      <translation>ваше имя или код (INV-07)</translation>
    </message>
    <message>
      <source>make an attachment belong to another statement</source>
      <translation>отнести вложение к другим показаниям</translation>
    </message>
    <message>
      <source>code (A-001), id or id prefix</source>
      <translation>код (A-001), id или префикс id</translation>
    </message>
    <message>
      <source>the statement (S-002, id)</source>
      <translation>показания (S-002, id)</translation>
    </message>
    <message>
      <source>belong to no statement</source>
      <translation>не относить ни к каким показаниям</translation>
    </message>
    <message>
      <source>e.g. person W-003, 3fa2c1</source>
      <translation>например, person W-003, 3fa2c1</translation>
    </message>
    <message>
      <source>why (kept in the vault)</source>
      <translation>почему (хранится в хранилище)</translation>
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
      <translation>синтаксис запроса (docs/search.md):
  sargsyan дубинки     каждое слово должно совпасть (И)
  Grigoryan OR Sargsian   любое из двух
  "резиновые дубинки"  фраза: эти слова в этом порядке
  Sarg*                слова, начинающиеся с Sarg (ловит окончания: Саргсян*)
  W-001, C-002         коды лиц и дел
Написание приводится к одному виду: регистр, латинские диакритические знаки, ё/е
и транслитерация между латиницей, кириллицей, армянским и азербайджанским письмом
(seki = Şəki, Aliyev = Əliyev, Sargsian = Саргсян = Սարգսյան). Точные совпадения
выводятся первыми. Запрос, называющий зарегистрированное лицо, выводит и его
упоминания так, как их находит скрытие сведений (Давита Саргсяна).
Вывод: таблица — тип, запись (её код или первые 8 символов id), код дела, поле
(page:N для страницы PDF), совпадение (exact, folded, person) и фрагмент;
--json: полные id, case_id, case_code, page и score.</translation>
    </message>
    <message>
      <source>ISO 3166 code(s) of the countries whose phone formats the statements use, tried first by detection (repeatable or comma-separated: --region AM,RU)</source>
      <translation>коды ISO 3166 стран, в формате телефонных номеров которых написаны показания; они проверяются первыми при распознавании (можно повторять или через запятую: --region AM,RU)</translation>
    </message>
    <message>
      <source>cases</source>
      <translation>дела</translation>
    </message>
    <message>
      <source>take files into the vault, encrypted and hashed</source>
      <translation>принять файлы в хранилище, зашифрованные и с хэшами</translation>
    </message>
    <message>
      <source>list records</source>
      <translation>список записей</translation>
    </message>
    <message>
      <source>persons of a case</source>
      <translation>лица по делу</translation>
    </message>
    <message>
      <source>consent of a person (a history: each is a new record)</source>
      <translation>согласие лица (история: каждое — новая запись)</translation>
    </message>
    <message>
      <source>witness statements (versions kept)</source>
      <translation>показания свидетелей (версии сохраняются)</translation>
    </message>
    <message>
      <source>incidents</source>
      <translation>инциденты</translation>
    </message>
    <message>
      <source>facilities and organizations</source>
      <translation>учреждения и организации</translation>
    </message>
    <message>
      <source>links between records of a case</source>
      <translation>связи между записями дела</translation>
    </message>
    <message>
      <source>one record with its history and links</source>
      <translation>одна запись с её историей и связями</translation>
    </message>
    <message>
      <source>full-text search (names, codes, statements, files)</source>
      <translation>полнотекстовый поиск (имена, коды, показания, файлы)</translation>
    </message>
    <message>
      <source>create a case; prints its id and code (C-001)</source>
      <translation>создать дело; выводит его id и код (C-001)</translation>
    </message>
    <message>
      <source>the case's title</source>
      <translation>название дела</translation>
    </message>
    <message>
      <source>change a case's title or regions; prints its id and code</source>
      <translation>изменить название или регионы дела; выводит его id и код</translation>
    </message>
    <message>
      <source>the new title</source>
      <translation>новое название</translation>
    </message>
    <message>
      <source>replaces the case's regions (--region '' clears them)</source>
      <translation>заменяет регионы дела (--region '' очищает их)</translation>
    </message>
    <message>
      <source>the statement the files belong to (S-001, id)</source>
      <translation>показания, к которым относятся файлы (S-001, id)</translation>
    </message>
    <message>
      <source>take in a file whose content is already in the case (refused otherwise)</source>
      <translation>принять файл, содержимое которого уже есть в деле (иначе отклоняется)</translation>
    </message>
    <message>
      <source>one or more files to take in</source>
      <translation>один или несколько файлов для приёма</translation>
    </message>
    <message>
      <source>what to list: %(choices)s</source>
      <translation>что вывести: %(choices)s</translation>
    </message>
    <message>
      <source>only this case (C-001, id)</source>
      <translation>только это дело (C-001, id)</translation>
    </message>
    <message>
      <source>retracted records too, marked so</source>
      <translation>также отозванные записи, с пометкой</translation>
    </message>
    <message>
      <source>a JSON array (full ids, ISO 8601 UTC times) instead of a table</source>
      <translation>массив JSON (полные id, время в ISO 8601 UTC) вместо таблицы</translation>
    </message>
    <message>
      <source>add a person; prints the id and the code (the code comes from the role)</source>
      <translation>добавить лицо; выводит id и код (код зависит от роли)</translation>
    </message>
    <message>
      <source>primary name</source>
      <translation>основное имя</translation>
    </message>
    <message>
      <source>another name (repeatable)</source>
      <translation>другое имя (можно повторять)</translation>
    </message>
    <message>
      <source>witness, victim, perpetrator, interviewer, interpreter or other</source>
      <translation>witness, victim, perpetrator, interviewer, interpreter или other</translation>
    </message>
    <message>
      <source>e.g. 1990-04-02, 1990, ~1990</source>
      <translation>например, 1990-04-02, 1990, ~1990</translation>
    </message>
    <message>
      <source>free text about the person</source>
      <translation>произвольный текст о лице</translation>
    </message>
    <message>
      <source>record the person's current consent; prints its id</source>
      <translation>записать текущее согласие лица; выводит его id</translation>
    </message>
    <message>
      <source>code (W-001), id or prefix</source>
      <translation>код (W-001), id или префикс</translation>
    </message>
    <message>
      <source>the case the person's code is read in</source>
      <translation>дело, в котором читается код лица</translation>
    </message>
    <message>
      <source>comma-separated: legal,ngo,government,media,public</source>
      <translation>через запятую: legal,ngo,government,media,public</translation>
    </message>
    <message>
      <source>consent withdrawn: share nothing</source>
      <translation>согласие отозвано: ничего не передавать</translation>
    </message>
    <message>
      <source>needed with --share: may the name leave?</source>
      <translation>нужно вместе с --share: может ли имя быть передано?</translation>
    </message>
    <message>
      <source>may be re-contacted (default: no)</source>
      <translation>можно связаться повторно (по умолчанию: нет)</translation>
    </message>
    <message>
      <source>when consent was given (default: today)</source>
      <translation>когда дано согласие (по умолчанию: сегодня)</translation>
    </message>
    <message>
      <source>free text (how consent was given)</source>
      <translation>произвольный текст (как было дано согласие)</translation>
    </message>
    <message>
      <source>add a statement from a UTF-8 text file; prints its id and code (S-001)</source>
      <translation>добавить показания из текстового файла UTF-8; выводит их id и код (S-001)</translation>
    </message>
    <message>
      <source>who gave it: person code (W-001) or id</source>
      <translation>кто их дал: код лица (W-001) или id</translation>
    </message>
    <message>
      <source>the statement, UTF-8 text</source>
      <translation>показания, текст в UTF-8</translation>
    </message>
    <message>
      <source>a translation, UTF-8 text</source>
      <translation>перевод, текст в UTF-8</translation>
    </message>
    <message>
      <source>IETF tag of the translation</source>
      <translation>тег IETF языка перевода</translation>
    </message>
    <message>
      <source>IETF tag: hy, ru, en, az-Latn ...</source>
      <translation>тег IETF: hy, ru, en, az-Latn ...</translation>
    </message>
    <message>
      <source>2021-03-14, 2021-03, 2021 or ~2021-03</source>
      <translation>2021-03-14, 2021-03, 2021 или ~2021-03</translation>
    </message>
    <message>
      <source>where the interview took place</source>
      <translation>где проходил опрос</translation>
    </message>
    <message>
      <source>person code (W-002) or id</source>
      <translation>код лица (W-002) или id</translation>
    </message>
    <message>
      <source>person code (W-003) or id</source>
      <translation>код лица (W-003) или id</translation>
    </message>
    <message>
      <source>the kind of statement (default: first-account)</source>
      <translation>вид показаний (по умолчанию: first-account)</translation>
    </message>
    <message>
      <source>Istanbul Protocol topic (repeatable)</source>
      <translation>тема Стамбульского протокола (можно повторять)</translation>
    </message>
    <message>
      <source>free-text tag (repeatable)</source>
      <translation>произвольный тег (можно повторять)</translation>
    </message>
    <message>
      <source>a new version of the text (decisions on unchanged text kept) and/or corrected metadata; prints the current version id and the statement's code</source>
      <translation>новая версия текста (решения по неизменённому тексту сохраняются) и/или исправленные метаданные; выводит id текущей версии и код показаний</translation>
    </message>
    <message>
      <source>code (S-001), id or id prefix</source>
      <translation>код (S-001), id или префикс id</translation>
    </message>
    <message>
      <source>the case the codes are read in</source>
      <translation>дело, в котором читаются коды</translation>
    </message>
    <message>
      <source>the new text: makes a new version</source>
      <translation>новый текст: создаёт новую версию</translation>
    </message>
    <message>
      <source>the new translation</source>
      <translation>новый перевод</translation>
    </message>
    <message>
      <source>IETF tag ('' clears it)</source>
      <translation>тег IETF ('' очищает)</translation>
    </message>
    <message>
      <source>2021-03-14, 2021-03, 2021 or ~2021 ('' clears it)</source>
      <translation>2021-03-14, 2021-03, 2021 или ~2021 ('' очищает)</translation>
    </message>
    <message>
      <source>where the interview took place ('' clears it)</source>
      <translation>где проходил опрос ('' очищает)</translation>
    </message>
    <message>
      <source>person code or id ('' clears it)</source>
      <translation>код лица или id ('' очищает)</translation>
    </message>
    <message>
      <source>the new kind</source>
      <translation>новый вид</translation>
    </message>
    <message>
      <source>record an incident; prints its id (incidents have no code)</source>
      <translation>записать инцидент; выводит его id (у инцидентов нет кода)</translation>
    </message>
    <message>
      <source>2020-11-09, 2020-11, 2020, ~2020-11 or 'around 2020-11'</source>
      <translation>2020-11-09, 2020-11, 2020, ~2020-11 или 'around 2020-11'</translation>
    </message>
    <message>
      <source>where it happened</source>
      <translation>где это произошло</translation>
    </message>
    <message>
      <source>facility id or its first 6+ characters</source>
      <translation>id учреждения или его первые 6+ символов</translation>
    </message>
    <message>
      <source>what happened</source>
      <translation>что произошло</translation>
    </message>
    <message>
      <source>record a facility or organization; prints its id</source>
      <translation>записать учреждение или организацию; выводит её id</translation>
    </message>
    <message>
      <source>the facility's or organization's name</source>
      <translation>название учреждения или организации</translation>
    </message>
    <message>
      <source>facility, organization, ... (default: facility)</source>
      <translation>facility, organization, ... (учреждение, организация, ...; по умолчанию: facility)</translation>
    </message>
    <message>
      <source>free text</source>
      <translation>произвольный текст</translation>
    </message>
    <message>
      <source>link two records; prints the link id</source>
      <translation>связать две записи; выводит id связи</translation>
    </message>
    <message>
      <source>e.g. person:W-001, statement:S-001, incident:3fa2c1</source>
      <translation>например, person:W-001, statement:S-001, incident:3fa2c1</translation>
    </message>
    <message>
      <source>the other record, as --from</source>
      <translation>другая запись, в том же виде, что --from</translation>
    </message>
    <message>
      <source>what the link means (free word)</source>
      <translation>что означает связь (произвольное слово)</translation>
    </message>
    <message>
      <source>a code (C-001, W-001, S-001, A-001), an id or its first 6+ characters; TYPE (case, person, statement, ...) only narrows the search</source>
      <translation>код (C-001, W-001, S-001, A-001), id или его первые 6+ символов; TYPE (case, person, statement, ...) лишь сужает поиск</translation>
    </message>
    <message>
      <source>one JSON object (full ids, ISO 8601 UTC times) instead of a summary</source>
      <translation>один объект JSON (полные id, время в ISO 8601 UTC) вместо сводки</translation>
    </message>
    <message>
      <source>words to find (see below)</source>
      <translation>слова для поиска (см. ниже)</translation>
    </message>
    <message>
      <source>where this person is mentioned, as redaction finds them (W-001, id or prefix)</source>
      <translation>где упоминается это лицо, так, как упоминания находит скрытие сведений (W-001, id или префикс)</translation>
    </message>
    <message>
      <source>only records of this case</source>
      <translation>только записи этого дела</translation>
    </message>
    <message>
      <source>at most N hits (default %(default)s)</source>
      <translation>не более N результатов (по умолчанию %(default)s)</translation>
    </message>
    <message>
      <source>a JSON array of hits (full ids) instead of a table</source>
      <translation>массив JSON результатов (полные id) вместо таблицы</translation>
    </message>
    <message>
      <source>identity, contact, location, document or other</source>
      <translation>identity, contact, location, document или other</translation>
    </message>
    <message>
      <source>redaction proposals, decisions, spans, boxes, review</source>
      <translation>предложения о скрытии сведений, решения, фрагменты, рамки, проверка</translation>
    </message>
    <message>
      <source>detect names, contacts, documents, places</source>
      <translation>найти имена, контакты, документы, места</translation>
    </message>
    <message>
      <source>code (S-001), id or prefix</source>
      <translation>код (S-001), id или префикс</translation>
    </message>
    <message>
      <source>the export you prepare (default: public). Everyone in the case is looked for; names this profile shows anyway are listed as "kept by profile" and need no decision</source>
      <translation>экспорт, который вы готовите (по умолчанию: public). Ищутся все лица дела; имена, которые этот профиль показывает в любом случае, помечены как «сохранено по профилю» и решения не требуют</translation>
    </message>
    <message>
      <source>a JSON array (full ids) instead of a table</source>
      <translation>массив JSON (полные id) вместо таблицы</translation>
    </message>
    <message>
      <source>accept proposals (or --all of a statement)</source>
      <translation>принять предложения (или --all — все предложения по показаниям)</translation>
    </message>
    <message>
      <source>as `redact suggest` lists them (the id or its first 6+ characters)</source>
      <translation>как их перечисляет `redact suggest` (id или его первые 6+ символов)</translation>
    </message>
    <message>
      <source>every open proposal of --statement</source>
      <translation>все открытые предложения по --statement</translation>
    </message>
    <message>
      <source>with --all: code (S-001), id or prefix</source>
      <translation>с --all: код (S-001), id или префикс</translation>
    </message>
    <message>
      <source>with --all: leave the proposals this profile keeps by itself ("kept by profile")</source>
      <translation>с --all: оставить предложения, которые этот профиль и так сохраняет («сохранено по профилю»)</translation>
    </message>
    <message>
      <source>reject proposals (false positives)</source>
      <translation>отклонить предложения (ложные срабатывания)</translation>
    </message>
    <message>
      <source>redact a span of a statement by hand</source>
      <translation>скрыть фрагмент показаний вручную</translation>
    </message>
    <message>
      <source>the words to redact, exactly as written (instead of --start/--end)</source>
      <translation>слова, которые нужно скрыть, точно как они написаны (вместо --start/--end)</translation>
    </message>
    <message>
      <source>with --text: which occurrence, from 1 (needed when it appears more than once)</source>
      <translation>с --text: какое вхождение, начиная с 1 (нужно, если текст встречается больше одного раза)</translation>
    </message>
    <message>
      <source>with --text: every occurrence</source>
      <translation>с --text: все вхождения</translation>
    </message>
    <message>
      <source>first character, counted from 0</source>
      <translation>первый символ, счёт с 0</translation>
    </message>
    <message>
      <source>one past the last</source>
      <translation>позиция за последним символом</translation>
    </message>
    <message>
      <source>which text of the statement (default: body)</source>
      <translation>какой текст показаний (по умолчанию: body)</translation>
    </message>
    <message>
      <source>a solid box on an image or PDF page</source>
      <translation>сплошная рамка на изображении или странице PDF</translation>
    </message>
    <message>
      <source>code (A-001), id or prefix</source>
      <translation>код (A-001), id или префикс</translation>
    </message>
    <message>
      <source>PDF page, from 1 (default: 1)</source>
      <translation>страница PDF, начиная с 1 (по умолчанию: 1)</translation>
    </message>
    <message>
      <source>origin top-left; image pixels as displayed, or PDF points of the displayed page</source>
      <translation>начало координат — левый верхний угол; пиксели изображения в том виде, как оно показано, или пункты PDF показанной страницы</translation>
    </message>
    <message>
      <source>mark an attachment reviewed as it will be exported</source>
      <translation>отметить вложение как проверенное в том виде, в каком оно будет экспортировано</translation>
    </message>
    <message>
      <source>the profile whose derivative you looked at (redact preview); default: every anonymized profile, refused when the derivative differs between them</source>
      <translation>профиль, производный файл которого вы просмотрели (redact preview); по умолчанию: каждый анонимизирующий профиль, отклоняется, если производные файлы у них различаются</translation>
    </message>
    <message>
      <source>what will leave: a statement's text, an attachment's file</source>
      <translation>что уйдёт наружу: текст показаний, файл вложения</translation>
    </message>
    <message>
      <source>print the text as it will be exported</source>
      <translation>вывести текст так, как он будет экспортирован</translation>
    </message>
    <message>
      <source>make the derivative exactly as it will be exported</source>
      <translation>создать производный файл точно таким, каким он будет экспортирован</translation>
    </message>
    <message>
      <source>the export profile to preview for: legal, government, ngo, media, public or evidence</source>
      <translation>профиль экспорта для просмотра: legal, government, ngo, media, public или evidence</translation>
    </message>
    <message>
      <source>with --attachment: write the derivative to this new file (mode 0600; an existing file is never overwritten); a plaintext copy, delete it when done</source>
      <translation>с --attachment: записать производный файл в этот новый файл (режим 0600; существующий файл никогда не перезаписывается); это незашифрованная копия, удалите её после работы</translation>
    </message>
    <message>
      <source>one JSON object instead of text</source>
      <translation>один объект JSON вместо текста</translation>
    </message>
    <message>
      <source>proposals, spans, boxes and review marks</source>
      <translation>предложения, фрагменты, рамки и отметки о проверке</translation>
    </message>
    <message>
      <source>of one statement's current version</source>
      <translation>текущей версии одних показаний</translation>
    </message>
    <message>
      <source>of one attachment</source>
      <translation>одного вложения</translation>
    </message>
    <message>
      <source>of every statement and attachment of a case</source>
      <translation>всех показаний и вложений дела</translation>
    </message>
    <message>
      <source>a JSON array (full ids, ISO 8601 UTC) instead of tables</source>
      <translation>массив JSON (полные id, ISO 8601 UTC) вместо таблиц</translation>
    </message>
    <message>
      <source>create a vault; prints the recovery code once</source>
      <translation>создать хранилище; код восстановления выводится один раз</translation>
    </message>
    <message>
      <source>format, key slots, counts (never secrets)</source>
      <translation>формат, слоты ключа, количества (без секретов)</translation>
    </message>
    <message>
      <source>set a new passphrase (a new passphrase slot)</source>
      <translation>задать новую парольную фразу (новый слот парольной фразы)</translation>
    </message>
    <message>
      <source>a new master key, recovery code and escrow slot</source>
      <translation>новый главный ключ, код восстановления и депонированный слот</translation>
    </message>
    <message>
      <source>replace the recovery code</source>
      <translation>заменить код восстановления</translation>
    </message>
    <message>
      <source>add or remove the organization escrow slot</source>
      <translation>добавить или удалить депонированный слот организации</translation>
    </message>
    <message>
      <source>destroy the key slots (crypto-shredding)</source>
      <translation>уничтожить слоты ключа (криптографическое уничтожение)</translation>
    </message>
    <message>
      <source>database, every attachment, custody chain and counter</source>
      <translation>база данных, каждое вложение, цепочка хранения доказательств и счётчик</translation>
    </message>
    <message>
      <source>consistent encrypted copy, verified</source>
      <translation>согласованная зашифрованная копия, с проверкой</translation>
    </message>
    <message>
      <source>custody log</source>
      <translation>журнал хранения доказательств</translation>
    </message>
    <message>
      <source>read the new passphrase from F (default: asked twice on the terminal)</source>
      <translation>прочитать новую парольную фразу из F (по умолчанию: запрашивается дважды на терминале)</translation>
    </message>
    <message>
      <source>unlock with the recovery code</source>
      <translation>разблокировать кодом восстановления</translation>
    </message>
    <message>
      <source>unlock with the recovery code, typed at the prompt (never on the command line)</source>
      <translation>разблокировать кодом восстановления, введённым по запросу (никогда в командной строке)</translation>
    </message>
    <message>
      <source>unlock with HQ's age identity (escrow)</source>
      <translation>разблокировать идентификатором age штаб-квартиры (депонирование)</translation>
    </message>
    <message>
      <source>your name or code, written into the custody log (default: operator)</source>
      <translation>ваше имя или код, записываемые в журнал хранения доказательств (по умолчанию: operator)</translation>
    </message>
    <message>
      <source>the old passphrase may be known to someone else: also make a new master key and recovery code (asked on a terminal when not given)</source>
      <translation>старая парольная фраза может быть известна кому-то ещё: создать также новый главный ключ и код восстановления (запрашивается на терминале, если не указано)</translation>
    </message>
    <message>
      <source>read a new passphrase from F (default: keep the one typed; asked twice when unlocking another way)</source>
      <translation>прочитать новую парольную фразу из F (по умолчанию: оставить введённую; запрашивается дважды при разблокировке другим способом)</translation>
    </message>
    <message>
      <source>a new recovery code; the old one stops working</source>
      <translation>новый код восстановления; старый перестаёт действовать</translation>
    </message>
    <message>
      <source>encrypt the master key to HQ's age recipient</source>
      <translation>зашифровать главный ключ для получателя age штаб-квартиры</translation>
    </message>
    <message>
      <source>HQ's age public key (age1...)</source>
      <translation>открытый ключ age штаб-квартиры (age1...)</translation>
    </message>
    <message>
      <source>remove the escrow slot</source>
      <translation>удалить депонированный слот</translation>
    </message>
    <message>
      <source>keep HQ's escrow slot</source>
      <translation>сохранить депонированный слот штаб-квартиры</translation>
    </message>
    <message>
      <source>do not ask for confirmation</source>
      <translation>не запрашивать подтверждение</translation>
    </message>
    <message>
      <source>one JSON object: ok, counts checked, problems</source>
      <translation>один объект JSON: ok, проверенные количества, проблемы</translation>
    </message>
    <message>
      <source>the new folder of the copy (must not exist; its parent must); --to is the same option</source>
      <translation>новая папка копии (не должна существовать, её родительская папка — должна); --to — тот же параметр</translation>
    </message>
    <message>
      <source>one JSON object: where, ok, counts</source>
      <translation>один объект JSON: where, ok, количества</translation>
    </message>
    <message>
      <source>walk the chain; name the first broken row; re-check the custody lines each import kept from its bundle</source>
      <translation>пройти по цепочке; назвать первую нарушенную строку; заново проверить строки журнала хранения, сохранённые при каждом импорте из его пакета</translation>
    </message>
    <message>
      <source>one JSON object: ok, the chain, imported lines</source>
      <translation>один объект JSON: ok, цепочка, импортированные строки</translation>
    </message>
    <message>
      <source>expected a whole number of at least 1, not {text}</source>
      <translation>ожидается целое число не меньше 1, а не {text}</translation>
    </message>
    <message>
      <source>keep pictures and PDFs that are refused otherwise (disguised as another format, beyond the redaction limits, damaged, or crashing the decoder) exactly as received: encrypted, never shown or redacted; a warning names each</source>
      <translation>сохранить изображения и PDF, которые иначе отклоняются (замаскированные под другой формат, превышающие пределы скрытия сведений, повреждённые или вызывающие сбой процесса декодирования), точно в полученном виде: зашифрованными, без показа и без скрытия сведений; каждый назван в предупреждении</translation>
    </message>
  </context>
  <context>
    <name>argparse</name>
    <message>
      <source>usage: </source>
      <translation>использование: </translation>
    </message>
    <message>
      <source>positional arguments</source>
      <translation>позиционные аргументы</translation>
    </message>
    <message>
      <source>options</source>
      <translation>параметры</translation>
    </message>
    <message>
      <source>show this help message and exit</source>
      <translation>показать эту справку и выйти</translation>
    </message>
    <message>
      <source>%(prog)s: error: %(message)s
</source>
      <translation>%(prog)s: ошибка: %(message)s
</translation>
    </message>
    <message>
      <source>argument %(argument_name)s: %(message)s</source>
      <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
      <source>the following arguments are required: %s</source>
      <translation>не указаны обязательные аргументы: %s</translation>
    </message>
    <message>
      <source>one of the arguments %s is required</source>
      <translation>нужен один из аргументов %s</translation>
    </message>
    <message>
      <source>not allowed with argument %s</source>
      <translation>нельзя вместе с аргументом %s</translation>
    </message>
    <message>
      <source>unrecognized arguments: %s</source>
      <translation>нераспознанные аргументы: %s</translation>
    </message>
    <message>
      <source>invalid choice: %(value)r (choose from %(choices)s)</source>
      <translation>недопустимое значение: %(value)r (выберите из %(choices)s)</translation>
    </message>
    <message>
      <source>invalid %(type)s value: %(value)r</source>
      <translation>недопустимое значение (%(type)s): %(value)r</translation>
    </message>
    <message>
      <source>expected one argument</source>
      <translation>ожидается одно значение</translation>
    </message>
    <message>
      <source>expected at most one argument</source>
      <translation>ожидается не более одного значения</translation>
    </message>
    <message>
      <source>expected at least one argument</source>
      <translation>ожидается хотя бы одно значение</translation>
    </message>
    <message>
      <source>expected %s argument</source>
      <translation>ожидается значений: %s</translation>
    </message>
    <message>
      <source>expected %s arguments</source>
      <translation>ожидается значений: %s</translation>
    </message>
    <message>
      <source>ignored explicit argument %r</source>
      <translation>значение %r здесь не принимается</translation>
    </message>
    <message>
      <source>ambiguous option: %(option)s could match %(matches)s</source>
      <translation>неоднозначный параметр: %(option)s может означать %(matches)s</translation>
    </message>
    <message>
      <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
      <translation>неизвестная команда %(parser_name)r (варианты: %(choices)s)</translation>
    </message>
  </context>
  <context>
    <name>cli-words</name>
    <message>
      <source>consent {number}</source>
      <translation>согласие {number}</translation>
    </message>
    <message>
      <source>page {page} box {box}</source>
      <translation>стр. {page}, прямоугольник {box}</translation>
    </message>
    <message>
      <source>derivative sha256 {sha256}</source>
      <translation>sha256 производного {sha256}</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>доверенный</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>отозван</translation>
    </message>
    <message>
      <source>retracted</source>
      <translation>отозвано</translation>
    </message>
    <message>
      <source>proposed</source>
      <translation>предложено</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>принято</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>отклонено</translation>
    </message>
    <message>
      <source>kept by profile</source>
      <translation>оставлено профилем</translation>
    </message>
    <message>
      <source>reviewed</source>
      <translation>проверено</translation>
    </message>
    <message>
      <source>stale</source>
      <translation>устарело</translation>
    </message>
    <message>
      <source>unreviewed</source>
      <translation>не проверено</translation>
    </message>
    <message>
      <source>any profile</source>
      <translation>любой профиль</translation>
    </message>
    <message>
      <source>exact</source>
      <translation>точное</translation>
    </message>
    <message>
      <source>folded</source>
      <translation>приведённое</translation>
    </message>
    <message>
      <source>Case</source>
      <translation>Дело</translation>
    </message>
    <message>
      <source>Person</source>
      <translation>Лицо</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Показания</translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>Вложение</translation>
    </message>
    <message>
      <source>Incident</source>
      <translation>Инцидент</translation>
    </message>
    <message>
      <source>Facility</source>
      <translation>Учреждение</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Связь</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>ID</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Создано</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <source>Regions</source>
      <translation>Регионы</translation>
    </message>
    <message>
      <source>Holds</source>
      <translation>Содержит</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Aliases</source>
      <translation>Другие имена</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Роли</translation>
    </message>
    <message>
      <source>Born</source>
      <translation>Родился</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <source>Consent</source>
      <translation>Согласие</translation>
    </message>
    <message>
      <source>Statements</source>
      <translation>Показания</translation>
    </message>
    <message>
      <source>Witness</source>
      <translation>Свидетель</translation>
    </message>
    <message>
      <source>Interviewer</source>
      <translation>Опрашивающий</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Переводчик</translation>
    </message>
    <message>
      <source>Interview date</source>
      <translation>Дата опроса</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Место</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Темы</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Метки</translation>
    </message>
    <message>
      <source>Translation</source>
      <translation>Перевод</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Версия</translation>
    </message>
    <message>
      <source>SHA-256</source>
      <translation>SHA-256</translation>
    </message>
    <message>
      <source>Translation SHA-256</source>
      <translation>SHA-256 перевода</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>Версии</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Вложения</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Тип</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Размер</translation>
    </message>
    <message>
      <source>Inside</source>
      <translation>Внутри</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Описание</translation>
    </message>
    <message>
      <source>Incidents</source>
      <translation>Инциденты</translation>
    </message>
    <message>
      <source>From</source>
      <translation>От</translation>
    </message>
    <message>
      <source>As</source>
      <translation>Как</translation>
    </message>
    <message>
      <source>To</source>
      <translation>К</translation>
    </message>
    <message>
      <source>Links</source>
      <translation>Связи</translation>
    </message>
    <message>
      <source>Origin</source>
      <translation>Происхождение</translation>
    </message>
    <message>
      <source>Retracted</source>
      <translation>Отозвано</translation>
    </message>
    <message>
      <source>nothing yet</source>
      <translation>пока ничего</translation>
    </message>
    <message>
      <source>none recorded</source>
      <translation>не записано</translation>
    </message>
    <message>
      <source>Consent history</source>
      <translation>История согласия</translation>
    </message>
    <message>
      <source>re-contact yes</source>
      <translation>повторный контакт: да</translation>
    </message>
    <message>
      <source>re-contact no</source>
      <translation>повторный контакт: нет</translation>
    </message>
    <message>
      <source>Received consent</source>
      <translation>Полученное согласие</translation>
    </message>
    <message>
      <source>text</source>
      <translation>текст</translation>
    </message>
    <message>
      <source>given {date}, recorded by {operator}</source>
      <translation>дано {date}, записал {operator}</translation>
    </message>
    <message>
      <source>{version} of {count}</source>
      <translation>{version} из {count}</translation>
    </message>
    <message>
      <source>translation</source>
      <translation>перевод</translation>
    </message>
    <message>
      <source>{size} bytes</source>
      <translation>{size} байт</translation>
    </message>
    <message>
      <source>{time} by {operator}: {reason} (hidden from lists and exports; kept)</source>
      <translation>{time}, {operator}: {reason} (скрыто из списков и экспортов; сохранено)</translation>
    </message>
    <message>
      <source>#{number} withdrawn: share nothing</source>
      <translation>№{number}: отозвано, ничего не передавать</translation>
    </message>
    <message>
      <source>#{number} share {categories}</source>
      <translation>№{number}: передавать {categories}</translation>
    </message>
    <message>
      <source>anonymity {anonymity}</source>
      <translation>анонимность {anonymity}</translation>
    </message>
    <message>
      <source>in {language}</source>
      <translation>на {language}</translation>
    </message>
    <message>
      <source>v{number}  {time}  by {operator}  sha256 {sha256}</source>
      <translation>v{number}  {time}  оператор {operator}  sha256 {sha256}</translation>
    </message>
    <message>
      <source>1 person</source>
      <translation>лиц: 1</translation>
    </message>
    <message>
      <source>{count} persons</source>
      <translation>лиц: {count}</translation>
    </message>
    <message>
      <source>1 statement</source>
      <translation>показаний: 1</translation>
    </message>
    <message>
      <source>{count} statements</source>
      <translation>показаний: {count}</translation>
    </message>
    <message>
      <source>1 attachment</source>
      <translation>вложений: 1</translation>
    </message>
    <message>
      <source>{count} attachments</source>
      <translation>вложений: {count}</translation>
    </message>
    <message>
      <source>1 incident</source>
      <translation>инцидентов: 1</translation>
    </message>
    <message>
      <source>{count} incidents</source>
      <translation>инцидентов: {count}</translation>
    </message>
    <message>
      <source>1 facility</source>
      <translation>учреждений: 1</translation>
    </message>
    <message>
      <source>{count} facilities</source>
      <translation>учреждений: {count}</translation>
    </message>
    <message>
      <source>1 link</source>
      <translation>связей: 1</translation>
    </message>
    <message>
      <source>{count} links</source>
      <translation>связей: {count}</translation>
    </message>
    <message>
      <source>Kept as received</source>
      <translation>Сохранён в полученном виде</translation>
    </message>
  </context>
</TS>
