# Слова frontdesk по-русски. Идентификаторы и аргументы $ — те же, что в английском файле.

## Действия: названия в палитре команд и описания в справке.

action-help = Справка: все клавиши
action-help-about = показать все сочетания клавиш
action-quit = Выйти
action-quit-about = выйти из frontdesk
action-refresh = Обновить представления и тикет
action-refresh-about = заново загрузить представления и открытый тикет
action-command-palette = Палитра команд…
action-command-palette-about = найти любое действие по названию
action-stats = Статистика
action-stats-about = открыть панель статистики
action-suspend = Свернуть в оболочку
action-suspend-about = приостановить и вернуться в оболочку (fg продолжит)
action-messages = Сообщения и предупреждения
action-messages-about = показать последние сообщения и предупреждения
action-outbox = Исходящие…
action-outbox-about = показать ещё не доставленные ответы: отправить сейчас, изменить или удалить
action-retry-save = Сохранить снова
action-retry-save-about = снова сохранить исходящие и черновики после неудачного сохранения
action-select-next = Вниз
action-select-next-about = перейти вниз
action-select-prev = Вверх
action-select-prev-about = перейти вверх
action-select-first = К первой строке
action-select-first-about = перейти к первой строке
action-select-last = К последней строке
action-select-last-about = перейти к последней строке
action-page-down = Страница вниз
action-page-down-about = прокрутить на страницу вниз
action-page-up = Страница вверх
action-page-up-about = прокрутить на страницу вверх
action-open-ticket = Открыть тикет
action-open-ticket-about = открыть выбранный тикет
action-filter = Фильтр представления…
action-filter-about = нечёткий фильтр по представлению
action-next-view = Следующее представление
action-next-view-about = перейти к следующему представлению
action-prev-view = Предыдущее представление
action-prev-view-about = перейти к предыдущему представлению
action-reply = Ответить…
action-reply-about = написать публичный ответ
action-note = Внутренняя заметка…
action-note-about = написать внутреннюю заметку
action-reply-with-canned = Ответить шаблоном…
action-reply-with-canned-about = ответить готовым шаблоном
action-assign-to-me = Взять себе
action-assign-to-me-about = назначить тикет на себя
action-assign = Назначить…
action-assign-about = назначить тикет агенту
action-set-status = Изменить статус…
action-set-status-about = изменить статус
action-set-priority = Изменить приоритет…
action-set-priority-about = изменить приоритет
action-edit-tags = Изменить теги…
action-edit-tags-about = добавить или убрать теги
action-back = Назад
action-back-about = вернуться назад
action-scroll-down = Прокрутить вниз
action-scroll-down-about = прокрутить вниз
action-scroll-up = Прокрутить вверх
action-scroll-up-about = прокрутить вверх
action-next-ticket = Следующий тикет
action-next-ticket-about = открыть следующий тикет представления
action-prev-ticket = Предыдущий тикет
action-prev-ticket-about = открыть предыдущий тикет представления
action-focus-next = Другие тикеты клиента
action-focus-next-about = переключиться между перепиской и другими тикетами клиента
action-copy-link = Скопировать ссылку на тикет
action-copy-link-about = скопировать ссылку на тикет в буфер обмена
action-pick-canned = Вставить шаблон…
action-pick-canned-about = вставить готовый шаблон ответа
action-expand-abbreviation = Развернуть сокращение
action-expand-abbreviation-about = развернуть сокращение перед курсором
action-open-editor = Редактировать в $EDITOR
action-open-editor-about = редактировать черновик в $VISUAL / $EDITOR
action-send = Отправить
action-send-about = отправить ответ или заметку
action-leave = Закрыть редактор
action-leave-about = закрыть редактор (черновик сохранится)
action-insert = Вставить
action-insert-about = вставить выбранный ответ
action-complete = Дополнить слово
action-complete-about = дополнить набираемое слово (ещё раз — следующий вариант)
action-confirm = Принять
action-confirm-about = принять
action-cancel = Отмена
action-cancel-about = отменить
action-attachments = Вложения…
action-attachments-about = список вложений тикета: открыть или сохранить
action-open-attachment = Открыть вложение
action-open-attachment-about = открыть вложение: текст и картинки здесь, остальное — программой рабочего стола
action-save-attachment = Сохранить вложение
action-save-attachment-about = сохранить вложение в папку загрузок
action-attach-file = Прикрепить файл…
action-attach-file-about = прикрепить файл к ответу (или убрать его)
action-edit-recipients = Копия и скрытая копия…
action-edit-recipients-about = указать, кто получит копию ответа (CC, BCC)
action-next-message = Следующее сообщение
action-next-message-about = перейти к следующему сообщению
action-prev-message = Предыдущее сообщение
action-prev-message-about = перейти к предыдущему сообщению
action-first-message = Первое сообщение
action-first-message-about = перейти к первому сообщению
action-last-message = Последнее сообщение
action-last-message-about = перейти к последнему сообщению
action-go-to-ticket = Перейти к тикету #…
action-go-to-ticket-about = открыть тикет #N по номеру, есть он в представлении или нет
action-search = Поиск по службе поддержки…
action-search-about = искать по всей службе поддержки: слова, адрес e-mail или собственный запрос системы
action-merge-ticket = Объединить с…
action-merge-ticket-about = объединить этот тикет с другим (дубликат с оригиналом)
action-new-ticket = Новый тикет…
action-new-ticket-about = открыть новый тикет для клиента (например, позвонившего)
action-set-queue = Очередь нового тикета…
action-set-queue-about = выбрать очередь или группу нового тикета
action-prev-field = Предыдущее поле
action-prev-field-about = вернуться к предыдущему полю формы
action-toggle-audience = Публично или внутренне
action-toggle-audience-about = сделать черновик публичным (его увидит клиент) или внутренним
action-toggle-mark = Отметить тикет
action-toggle-mark-about = отметить тикет или снять отметку, чтобы изменить много тикетов сразу (s, p, A, a, t действуют на все)
action-mark-range = Отметить диапазон
action-mark-range-about = начать отмечать диапазон тикетов (двигайтесь, чтобы расширить; ещё раз — закончить)
action-links = Связанные тикеты…
action-links-about = открыть связанный тикет (ссылается, зависит, проблема, родитель…)
action-fields = Изменить поля тикета…
action-fields-about = изменить дополнительные поля тикета (и пустые тоже)
action-forward-message = Переслать это сообщение…
action-forward-message-about = переслать читаемое сообщение другому человеку, с цитатой и вложениями
action-translate-message = Перевести это сообщение
action-translate-message-about = перевести читаемое сообщение на ваш язык командой translate_cmd
action-translate-draft = Перевести черновик на язык клиента
action-translate-draft-about = перевести черновик на язык клиента командой translate_cmd и открыть в редакторе для проверки
action-show-changes = Показать историю изменений тикета
action-show-changes-about = показать изменения тикета между сообщениями (ещё раз — все изменения; ещё раз — скрыть)
action-move-ticket = Перенести в другую очередь или группу…
action-move-ticket-about = перенести тикет в другую очередь, группу, проект или почтовый ящик
action-log-time = Учесть затраченное время…
action-log-time-about = записать время, затраченное на ответ или заметку (если система учитывает время)
action-noop = Ничего
action-noop-about = снять привязку с этой клавиши
action-view = Представление { $n }
action-view-about = перейти к представлению { $n }

## Строка подсказок: клавиша и что она делает.

hint-move = выбор
hint-open = открыть
hint-reply = ответ
hint-note = заметка
hint-status = статус
hint-filter = фильтр
hint-view = вид
hint-commands = команды
hint-help = справка
hint-back = назад
hint-scroll = прокрутка
hint-canned = шаблон
hint-take = взять
hint-files = вложения
hint-other-tickets = другие тикеты
hint-send = отправить
hint-attach = прикрепить
hint-cc = копия
hint-expand = развернуть
hint-editor = редактор
hint-time = время
hint-leave = закрыть
hint-save = сохранить
hint-close = закрыть
hint-insert = вставить
hint-cancel = отмена
hint-keep-filter = оставить фильтр
hint-clear = очистить
hint-choose = выбрать
hint-complete = дополнить
hint-field = поле
hint-open-ticket = открыть тикет
hint-next-field = след. поле
hint-back-a-field = пред. поле
hint-queue = очередь
hint-priority = приоритет
hint-public-internal = публично/внутренне
hint-keep-draft = оставить черновик
hint-yes = да
hint-no = нет

## Области клавиш в справке.

context-global = везде (простые клавиши — не во время набора)
context-queue = список тикетов
context-detail = открытый тикет
context-compose = написание ответа или заметки; остальные клавиши редактируют текст
context-picker = выбор шаблона; печатайте, чтобы отфильтровать
context-filter = строка фильтра очереди; печатайте, чтобы отфильтровать
context-menu = меню статуса, приоритета и исполнителя
context-palette = палитра команд; печатайте, чтобы найти
context-prompt = однострочные вопросы, например теги
context-panel = эта панель, статистика, сообщения и просмотр вложений
context-files = вложения тикета (o в тикете)
context-form = форма дополнительных полей (f в тикете); ввод меняет поле
help-intro = Все привязки текущей раскладки клавиш. Изменить любую можно в keymap.toml в папке настроек; "noop" снимает привязку. : находит любое действие по названию.

## Строка заголовка.

title-updated = обновлено в { $time }
title-cached = из кэша, { $age } назад
title-loading = загрузка
title-offline = нет связи
title-signed-out = вход не выполнен
title-marked = отмечено: { $n }

## Очередь.

queue-subject = Тема
queue-requester = Клиент
queue-status = Статус
queue-language = Язык
queue-waiting = Ждёт
queue-target = Срок
queue-paused = пауза
queue-filtering = фильтрация…
queue-shown-of-loaded = { $shown } из { $loaded }
queue-shown-of-loaded-search = { $shown } из { $loaded } загруженных · { $key } — поиск по системе
queue-could-not-load = Не удалось загрузить «{ $view }»: { $error }.
queue-loading = Загрузка…
queue-no-match = В «{ $view }» нет тикетов по запросу «{ $filter }».
queue-empty = В «{ $view }» пусто. Всё разобрано!

## Открытый тикет.

detail-could-not-open = Не удалось открыть #{ $id }: { $error }.
detail-loading = Загрузка #{ $id }…
detail-select = Выберите тикет, чтобы увидеть его здесь.
detail-target = срок { $when }
detail-clock-paused = { $clock }: таймер на паузе
detail-unassigned = не назначен
detail-local-time-in = у клиента { $time } ({ $place })
detail-night = там ночь
detail-conversation = Переписка · { $n ->
    [one] { $n } сообщение
    [few] { $n } сообщения
   *[many] { $n } сообщений
}
detail-conversation-newest = Переписка · последние сообщения ({ $n }); более старые только на сайте
detail-long-thread = ответов: { $n } — стоит присмотреться
detail-more-below = ↓ ещё { $n }
detail-more-above = ↑ выше { $n }
detail-cached = из кэша, { $age } назад
detail-linked = Связи:
detail-key-opens = ({ $key } открывает)
detail-the-requester = Клиент
detail-other-tickets = Другие тикеты: { $who } ({ $n })
language-en = английский
language-fi = финский
language-ru = русский
language-de = немецкий
language-et = эстонский
language-zh = китайский
detail-writes = { $language }
detail-writes-detected = { $language }?
time-ago = { $age } назад
message-to-customer = { $author } → клиенту
message-note = заметка · { $author } · только агентам
message-you-to-customer = Вы → клиенту
message-your-note = заметка · вы · только агентам
message-not-sent = ещё не отправлено: в исходящих (O)

## Короткие сроки для столбцов и ожидание словами.

time-seconds-short = { $n } с
time-minutes-short = { $n } мин
time-hours-short = { $n } ч
time-days-short = { $n } дн
time-weeks-short = { $n } нед
time-in = через { $duration }
time-over = просрочен на { $duration }
time-in-column = { $duration }
time-over-column = −{ $duration }
time-wait-seconds = { $n ->
    [one] { $n } секунду
    [few] { $n } секунды
   *[many] { $n } секунд
}
time-wait-minutes = { $n ->
    [one] { $n } минуту
    [few] { $n } минуты
   *[many] { $n } минут
}
time-wait-hours = { $n ->
    [one] { $n } час
    [few] { $n } часа
   *[many] { $n } часов
}
time-wait-days = { $n ->
    [one] { $n } день
    [few] { $n } дня
   *[many] { $n } дней
}
time-of-day = { $hour }:{ $minute }
date-day-month = { $day } { $month }
month-1 = янв.
month-2 = февр.
month-3 = мар.
month-4 = апр.
month-5 = мая
month-6 = июн.
month-7 = июл.
month-8 = авг.
month-9 = сент.
month-10 = окт.
month-11 = нояб.
month-12 = дек.

## Количества.

n-tickets = { $n ->
    [one] { $n } тикет
    [few] { $n } тикета
   *[many] { $n } тикетов
}

## Редактор ответа, панели, палитра и выбор шаблона.

compose-the-requester = клиенту
compose-first-public = Первое сообщение — клиент его увидит
compose-first-internal = Первое сообщение — внутренняя заметка, только агентам
compose-forward = Пересылка из #{ $on } на { $to }
compose-reply = Ответ { $requester } в #{ $on } — клиент это увидит
compose-note = Внутренняя заметка в #{ $on } — только агентам
compose-note-no-one = Только агентам: заметка никому снаружи не уходит
compose-files-from-message = { $n ->
    [one] { $n } файл
    [few] { $n } файла
   *[many] { $n } файлов
} из сообщения
compose-no-copies = эта система не принимает копии
compose-key-adds = { $key } добавляет
compose-also-on-ticket = уже в тикете
compose-copied-before = получали копию раньше
compose-no-bcc = эта система не поддерживает
panel-keys = Клавиши
panel-stats = Статистика
panel-messages = Сообщения
palette-title = Команды
picker-title = Шаблоны ответов · { $shown } из { $all }
picker-title-marked = Действия шаблона для отмеченных тикетов ({ $n }) · { $shown } из { $all }
picker-loading = Загрузка шаблонов из системы…
picker-no-match = Ни один шаблон не подходит.

## Translation.

translation-waiting = { $from } → { $to }, { $command }: перевод…
translation-failed = { $command } не смог перевести: { $why }
translation-done = { $from } → { $to }, { $command }, машинный перевод:
translation-timeout = не ответил за { $seconds } с и был остановлен
translation-empty = ничего не вывел
translate-not-set = Команда перевода не задана: укажите translate_cmd в config.toml (любая команда, которая читает текст и печатает перевод)
translate-ask = Отправить текст тикета команде «{ $command }» для перевода? Он уйдёт из frontdesk к этой команде
translate-allow = Да, для этого профиля впредь
translate-refuse = Нет
translate-same = Сообщение уже на вашем языке ({ $language })
translate-no-target = Язык клиента неизвестен, переводить не на что
translate-draft-waiting = Черновик переводится, { $from } → { $to }; он откроется в редакторе, чтобы вы прочли его перед отправкой

## Меню, отправка и исходящие.

priority-urgent = срочный
priority-high = высокий
priority-normal = обычный
priority-low = низкий
menu-marked-tickets = { $n ->
    [one] { $n } отмеченный тикет
    [few] { $n } отмеченных тикета
   *[many] { $n } отмеченных тикетов
}
menu-who-are-you = Ещё выясняем, кто вы; попробуйте через минуту
menu-assigned-to-you = #{ $id } назначен на вас
menu-status-of = Статус: { $name }
menu-no-priorities = В этой системе нет приоритетов
menu-priority-of = Приоритет: { $name }
menu-you = { $name } (вы)
menu-unassigned = Не назначен
menu-assign-to = Назначить { $name }
menu-no-tags = В этой системе нет тегов
menu-status-set = #{ $id } статус → { $status }
menu-priority-set = #{ $id } приоритет → { $priority }
menu-assigned = #{ $id } назначен: { $name }
sent-found = { $what } — уже дошло до системы; повторно не отправлялось
sent-forward = Переслано на { $to } из #{ $id }
sent-note = Внутренняя заметка добавлена в #{ $id }
sent-reply = Ответ отправлен в #{ $id }
sent-reply-to = Ответ отправлен { $to } в #{ $id }
draft-kept-new-ticket = Новый тикет сохранён как черновик; N откроет его снова
draft-kept-reply = Черновик ответа сохранён; r откроет его снова
draft-kept-note = Внутренняя заметка сохранена как черновик; n откроет её снова
quit-outbox = Нажмите ещё раз, чтобы выйти, любую другую клавишу — чтобы остаться: в исходящих (O) { $n ->
    [one] остался { $n } ответ
    [few] осталось { $n } ответа
   *[many] осталось { $n } ответов
}, они уйдут при следующем запуске.
outbox-new-ticket = новый тикет для { $who }
outbox-forward = пересылка на { $to } из #{ $id }
outbox-reply-to = ответ { $to } в #{ $id }
outbox-reply = ответ в #{ $id }
outbox-note = внутренняя заметка в #{ $id }

## First run.

first-run-welcome = Добро пожаловать во frontdesk.
first-run-none = Служба поддержки ещё не настроена. Попробовать сразу можно на встроенном демо:
first-run-connect = Чтобы подключиться к своей системе, создайте { $config } с профилем, например:
first-run-then = затем сохраните токен командой `frontdesk login` (или укажите в профиле token_cmd = "pass show rt") и проверьте настройку командой `frontdesk doctor`. Без файла настроек:
first-run-readme = В docs/desks/ в исходниках frontdesk есть пример для каждой системы.

## doctor.

doctor-built-in = встроенная
doctor-no-desk = служба поддержки не настроена
doctor-no-desk-fix = добавьте [profiles.ИМЯ] в config.toml (см. docs/desks/) или задайте FRONTDESK_BACKEND и FRONTDESK_URL; `frontdesk --demo` работает и без этого
doctor-config-missing = { $file } не существует; используются значения по умолчанию
doctor-config-profiles = { $file } ({ $n ->
    [one] { $n } профиль
    [few] { $n } профиля
   *[many] { $n } профилей
})
doctor-config-problems = в { $file } есть ошибки:
doctor-credential-from = источник: { $source }
doctor-url-invalid = url не является корректным адресом
doctor-url-invalid-fix = запишите его так: url = "https://rt.example.com"
doctor-url-allowed = { $risk } (разрешено через insecure_http = true)
doctor-dns-unknown = хост { $host } не найден ({ $error })
doctor-dns-unknown-fix = проверьте имя хоста в url, сеть или VPN
doctor-dns-slow = поиск { $host } занял больше 5 с
doctor-dns-slow-fix = проверьте настройки сети и DNS
doctor-connect-ok = { $host }:{ $port } отвечает
doctor-connect-refused-fix = запущена ли система и слушает ли она порт { $port }? Мешать может брандмауэр, прокси или VPN
doctor-connect-slow = { $host }:{ $port } не ответил за 5 с
doctor-connect-slow-fix = брандмауэр может отбрасывать соединение, или нужен VPN
doctor-auth-tls = TLS проверен; вы — { $name } ({ $id })
doctor-auth = вы — { $name } ({ $id })
doctor-view-lists = в представлении «{ $view }» { $n ->
    [one] { $n } тикет
    [few] { $n } тикета
   *[many] { $n } тикетов
}
doctor-view-rejected = представление «{ $view }» отклонено: { $why }
doctor-view-rejected-fix = исправьте запрос представления в config.toml: { $query }
doctor-view-forbidden = представление «{ $view }»: нет доступа ({ $why })
doctor-view-forbidden-fix = попросите администратора дать право видеть тикеты этой очереди
doctor-not-a-terminal = stdout — не терминал (для этой проверки годится; интерфейсу нужен терминал)
doctor-terminal-wide = { $w }x{ $h }, хватает для очереди и тикета рядом
doctor-terminal-small = { $w }x{ $h } меньше 80x24; часть текста обрежется
doctor-terminal-small-fix = увеличьте окно
doctor-terminal-unknown = размер неизвестен ({ $error })
doctor-no-color = задан NO_COLOR: используется тема mono (жирный, инверсия, подчёркивание)
doctor-colours-24 = 24-битный цвет
doctor-colours-256 = 256 цветов
doctor-colours-16 = 16 цветов (теме по умолчанию больше не нужно)
doctor-language-fix = укажите language = "ru" (или en, fi, de, et, zh) в config.toml

## Errors, in the agent's words.

error-try-again = { $what }; ctrl-r — повторить
error-conflict = тикет изменил кто-то другой, пока он был открыт у вас
error-auth = система отклонила учётные данные ({ $why }); `frontdesk doctor` проверит их, `frontdesk login` заменит
error-network = нет связи со службой поддержки: { $why }
error-interrupted = соединение оборвалось до ответа системы ({ $why })
error-timeout = система не ответила вовремя
error-rate-limited-for = система ограничивает число запросов; повторите через { $wait }
error-rate-limited = система ограничивает число запросов; повторите чуть позже
error-forbidden = нет доступа: { $why }
error-not-found = не найдено: { $what }
error-invalid = система отказала: { $why }
error-server = ошибка в системе ({ $status }): { $message }
error-too-large = система прислала слишком большой ответ (больше { $limit } МБ)
outbox-held = Не отправлено: { $what }. { $why }. Оно хранится в исходящих (O) и уйдёт при повторе или следующем запуске frontdesk.
outbox-waits = Пока не отправлено: { $what }: { $why }. Ждёт в исходящих (O), повтор через { $wait }.
outbox-change-waits = Пока не применено: { $what }: { $why }. Ждёт в исходящих (O), повтор через { $wait }.
outbox-not-changed = Не изменено: { $why } ({ $what })
outbox-not-opened = Не создано: { $why }. Новый тикет снова черновик; N откроет его.
outbox-conflict = Не отправлено: тикет изменился, пока вы писали. Изменения показаны над вашим текстом; ctrl-s всё равно отправит.
outbox-handed-back = Не отправлено: { $why }. Ваш текст снова в редакторе.

## login and logout.

login-where-rt = В Request Tracker: ваше имя (справа вверху) → Settings → Auth Tokens → Create.
login-where-zendesk = В Zendesk: Admin Center → Apps and integrations → Zendesk API → Add API token.
login-where-freshdesk = Во Freshdesk: ваш аватар → Profile settings → Your API Key.
login-where-zammad = В Zammad: Profile → Token Access → Create (с правом ticket.agent).
login-where-jira = В Atlassian: id.atlassian.com → Security → Create and manage API tokens; user — ваш e-mail.
login-where-helpscout = В Help Scout: Your Profile → My Apps → Create My App; user — его App ID, секрет — App Secret.
login-where-redmine = В Redmine: My account → API access key → Show (сначала администратор включает REST-сервис).
login-demo = Демо не требует входа.
login-env-note = Внимание: задан FRONTDESK_TOKEN, он используется раньше связки ключей.
login-profile = Вход в профиль «{ $name }» ({ $account }).
login-prompt = Токен для { $account } (ввод не отображается):
login-read-failed = не удалось прочитать токен с терминала: { $error }
login-empty = токен не введён; ничего не сохранено
login-accepted = Система принимает его: вы — { $name } ({ $id }).
login-refused = система отклонила токен ({ $why }); ничего не сохранено
login-unchecked = Не удалось проверить токен ({ $why }); он всё равно сохраняется.
login-stored = Сохранено в связке ключей ОС. `frontdesk doctor` проверит всю настройку.
login-no-keyring = токен работает, но связки ключей ОС для его хранения нет ({ $why }); ничего не сохранено.
login-keep-instead = Храните его одним из этих способов:
login-keep-pass = в менеджере паролей: сохраните его (например, `pass insert frontdesk/{ $name }`) и добавьте в [profiles.{ $name }] в config.toml:
login-keep-env = только для этой оболочки: export { $var }=… перед запуском frontdesk
logout-removed = Токен для { $account } удалён из связки ключей ОС.
logout-none = В связке ключей ОС не было токена для { $account }.
logout-unreachable = нет доступа к связке ключей ОС: { $why }
outbox-empty = Исходящие пусты: всё доставлено
outbox-send-all = Отправить всё сейчас
outbox-sending = отправка…
outbox-checking = проверяем, дошло ли…
outbox-next-try = следующая попытка в { $time }
outbox-held-state = задержано до повтора
outbox-idle = ожидает
outbox-title = Исходящие — не доставлено: { $n }
outbox-go-on = Продолжить сейчас
outbox-cancel-rest = Отменить остальное (необработанные тикеты не изменятся)
outbox-make-now = Применить изменение сейчас
outbox-discard-change = Отказаться (тикет не изменится)
outbox-send-now = Отправить сейчас
outbox-edit = Вернуть в редактор
outbox-discard = Удалить (отменить нельзя)
outbox-draft-again = Ваш ответ в #{ $id } снова черновик; откройте тикет и нажмите r
outbox-discarded = Удалено: { $what }
outbox-being-sent = Этот ответ как раз отправляется; дождитесь результата
away-signed-out-shown = Сеанс завершён: { $why }. Показаны данные на { $time }
away-signed-out = Сеанс завершён: { $why }. Ничего не удалось загрузить
away-shown = Система не ответила ({ $why }); показаны данные на { $time }. ctrl-r — повторить
away-nothing = Система не ответила ({ $why }); ничего не удалось загрузить. ctrl-r — повторить
back-signed-in = Вход снова выполнен; представления обновлены
back-answers = Система снова отвечает; представления обновлены
picker-open-first = Сначала откройте ответ или заметку (r или n)
picker-still-loading = ещё загружаются
picker-unavailable = Шаблоны недоступны: { $why }
picker-nothing-inserted = Ни один шаблон не подходит; ничего не вставлено
picker-rendering = Система подготавливает «{ $title }» для #{ $id }…
picker-rendered-here = Система не смогла подготовить «{ $title }» ({ $why }); frontdesk подготовил его сам
picker-ticket-loading = Тикет ещё загружается; попробуйте через минуту
picker-no-agent = Нет агента «{ $who }» для назначения; это действие пропущено
detail-closed-selected = Закрыт #{ $id }, которого нет ни в одном представлении; выбран #{ $on }
detail-closed = Закрыт #{ $id }, которого нет ни в одном представлении
detail-no-other-tickets = У клиента нет других тикетов
detail-not-in-view = Этого тикета нет в текущем представлении
detail-last-of-view = Последний тикет представления
detail-first-of-view = Первый тикет представления
detail-copied = Скопировано: { $url }
detail-no-link = У тикета { $id } пока нет ссылки для копирования
detail-linked-to = Тикеты, связанные с #{ $id }
time-prompt = Затраченное время на #{ $id } (15m, 1h30, 1.5h; пусто — не учитывать)
time-prompt-alone = Затраченное время на #{ $id }, записать сейчас без сообщения (15m, 1h30, 1.5h)
time-only-log = Только записать { $spent }
time-logged = { $spent } записано в #{ $id }
time-log-and-set = Записать { $spent } и поставить статус { $status }
time-logged-status = { $spent } записано в #{ $id }, статус → { $status }
time-and-status = Записать { $spent } в #{ $id }: а статус?
time-with-reply = { $spent } будет записано вместе с этим ответом
time-with-note = { $spent } будет записано вместе с этой заметкой
time-none = Время записано не будет
time-not-a-time = «{ $typed }» — не время: пишите так: 15m, 1h30 или 1.5h
move-queues-unread = Не удалось прочитать очереди: { $why }
move-reading-queues = Читаем очереди системы…
move-no-other-queue = Система не предлагает другой очереди для переноса
move-from-to = Перенести { $whose } из «{ $from }» в
move-to = Перенести { $whose } в
files-too-large = { $name } — { $size }; служба поддержки принимает файлы не больше { $limit }
files-too-much = файлы вместе занимают { $sum }; служба поддержки принимает не больше { $limit } на сообщение
attach-another = Прикрепить ещё файл…
attach-remove = Убрать { $name } ({ $size })
attach-files-title = Файлы этого ответа
attach-path-title = Прикрепить файл (путь; tab дополняет)
attach-removed = { $name } больше не прикреплён
attach-refused = Не прикреплено: { $why }
attach-done = Прикреплён { $name } ({ $size })
recipients-note-has-none = Заметка видна только агентам: у неё нет получателей (r — написать ответ)
recipients-no-copies = Эта служба поддержки не принимает копий к ответу
recipients-bcc-title = BCC: скрытые копии этого ответа
recipients-cc-stays-title = CC: копии этого ответа (остаются в тикете)
recipients-cc-title = CC: копии этого ответа
recipients-not-address = Это не адрес электронной почты: { $wrong }. Исправьте или нажмите esc, чтобы оставить копии как были
audience-words = { $audience ->
        [public] публичный ответ: клиент его увидит
        [internal] внутренняя заметка: только для агентов
       *[any] ответ или заметка
    }
audience-short = { $audience ->
        [public] публичным ответом (клиент его увидит)
       *[internal] внутренней заметкой (только для агентов)
    }
audience-public-to = публичный ответ для { $name }: клиент его увидит
audience-switched = «{ $title }» написан как { $audience }; черновик теперь такой же
audience-differs = «{ $title }» написан как { $audience }, а этот черновик — { $now }
audience-insert-make = Вставить и сделать черновик { $short }
audience-insert-keep = Вставить и оставить черновик { $short }
audience-do-not-insert = Не вставлять
audience-this-draft-is = Этот черновик — { $now }
audience-keep-it = Оставить { $short }
audience-make-it = Сделать: { $then }
audience-now = Черновик теперь — { $audience }
bulk-range = Выделение диапазона: двигайтесь, чтобы расширить его; v ещё раз — закончить
bulk-marks-cleared = Отметки сняты
bulk-marked = { $count ->
        [0] Нет отмеченных тикетов
        [one] Отмечен { $count } тикет: s, p, A, a и t меняют его (esc снимает отметки)
        [few] Отмечено { $count } тикета: s, p, A, a и t меняют их все (esc снимает отметки)
       *[many] Отмечено { $count } тикетов: s, p, A, a и t меняют их все (esc снимает отметки)
    }
bulk-confirm-title = Изменить отмеченные тикеты ({ $count }): { $what }?
bulk-confirm-yes = Да, изменить эти тикеты ({ $count }) (y)
bulk-confirm-no = Нет, оставить как есть (n)
bulk-canned-no-fields = «{ $title }» не меняет полей; его текст вставляется в ответы, по одному тикету
bulk-ticket-gone = тикета больше нет в службе поддержки
bulk-not-changed = #{ $id } не изменён: { $why }
bulk-report = { $what }: изменено { $done } из { $all }
bulk-report-failed = ; не удалось: { $failed }, они остаются отмеченными (:messages — почему)
bulk-report-untouched = ; без изменений: { $untouched } (отменено)
bulk-cancelling = Отмена: тикеты, которые уже отправляются, сначала завершатся
changes-hidden = Изменения скрыты
changes-folded = Изменения показаны между сообщениями; длинные серии свёрнуты
changes-all = Показаны все изменения
changes-unread = Не удалось прочитать изменения тикета: { $why }
compose-still-rendering = Служба поддержки ещё готовит шаблон ответа; отправьте, когда он появится
compose-empty = Пока нечего отправлять: черновик пуст.
compose-files-refused = Не отправлено: { $why }. Уберите файл ({ $key } покажет список) и отправьте снова.
compose-placeholders-left = Не отправлено: для этого тикета нет значения { $names }. Замените выделенный текст и отправьте снова.
compose-changed-armed = Тикет изменился (см. выше); повторное ctrl-s всё равно отправит
compose-changed-since = Тикет изменился, пока вы писали: { $what }. Прочитайте; повторное ctrl-s всё равно отправит.
compose-editor-failed = Ошибка редактора: { $why }. Черновик не изменён.
detail-no-links = #{ $id } не связан с другими тикетами
draft-back = { $public ->
        [yes] Ваш черновик ответа
       *[no] Ваш черновик внутренней заметки
    } от { $when } восстановлен; { $key } открывает его
draft-ticket-changed = #{ $id } изменился после того, как вы начали черновик: { $first }{ $more ->
        [0] {""}
       *[other] {" "}(и ещё { $more })
    }
fields-unread = Не удалось прочитать тикет ({ $why }); его поля приходят вместе с ним
fields-none = У этого тикета нет настраиваемых полей
fields-desk-none = Эта служба поддержки не даёт настраиваемых полей, которые можно задать отсюда
fields-marked-title = Задать поля отмеченным тикетам ({ $count })
fields-needed-elsewhere = У #{ $id } сначала нужно заполнить { $names }: откройте его и нажмите f
fields-needed-for = Чтобы перевести #{ $id } в { $status }, заполните эти поля
fields-required-to-solve = обязательно для решения
fields-read-only = { $name } нельзя изменить отсюда
fields-takes-number = { $name } — это число
fields-editor-failed = Ошибка редактора: { $why }
fields-unchanged = Ни одно поле не изменено
files-fetch-after-load = { $name } можно скачать, когда тикет загрузится из службы поддержки (сейчас показана копия с диска)
files-over-max = { $name } — { $size }, больше max_download ({ $max })
files-larger-than-max = { $name } больше max_download ({ $max })
files-already-downloading = { $name } уже скачивается
files-download-anyway = Всё равно скачать
files-cancel = Отмена
files-saved-not-shown = { $name } { $opener ->
        [yes] — не документ, который frontdesk передаёт рабочему столу
       *[no] нельзя показать здесь, а рабочего стола, чтобы открыть его, нет
    }: сохранён как { $path }
files-saved = { $name } сохранён как { $path }
files-opened = { $name } открыт (сохранён как { $path })
files-download-failed = Не удалось скачать { $name }: { $why }
files-ready = { $name } готов; o и enter покажут его
files-none = У #{ $id } нет вложений
forward-busy = У #{ $id } есть черновик; сначала отправьте или оставьте его (в тикете пишется одно сообщение за раз)
forward-title = Переслать сообщение { $author } от { $when } на адрес
forward-not-address = «{ $typed }» — не адрес электронной почты
menu-nothing-matches = Ничего не подходит; backspace расширит поиск
bulk-what-status = статус → { $status }
bulk-what-priority = приоритет → { $priority }
bulk-what-assign = назначить: { $who }
bulk-what-assign-me = назначить на себя
menu-hiding-title = Перевести #{ $id } в { $status }? Он исчезнет из всех представлений и может не вернуться
menu-hiding-yes = Да, перевести в { $status }
menu-hiding-no = Нет, оставить как есть
menu-change-failed = Не удалось изменить #{ $id }: { $why }
merge-unsupported = Эта служба поддержки не умеет объединять тикеты
merge-by-number = Другой тикет, по номеру…
merge-into-title = Объединить #{ $id } с
merge-into-number = Объединить #{ $id } с тикетом #
merge-itself = Тикет нельзя объединить с самим собой
merge-confirm-title = Объединить #{ $source }{ $source_subject } с #{ $target }{ $target_subject }?
merge-confirm-yes = Да, объединить: #{ $id } { $effect ->
        [closed-with-note] закроется с заметкой, указывающей на целевой тикет
        [closed-comments-copied] закроется с заметкой, указывающей на целевой тикет, а тот получит его комментарии заметкой
        [closed-conversations-added] закроется, а его переписка добавится к целевому тикету
        [shown-with-target] будет показан вместе с целевым и исчезнет из всех представлений
       *[set-merged] получит статус «объединён», а его статьи перейдут в целевой тикет
    }
merge-confirm-no = Нет, оставить оба
merge-merging = Объединяю #{ $source } с #{ $target }…
merge-merged = #{ $source } объединён с #{ $target }
merge-failed = Не удалось объединить #{ $source } с #{ $target }: { $why }
action-not-here = «{ $action }» здесь недоступно
new-unsupported = Эта служба поддержки не принимает новые тикеты из frontdesk; откройте её веб-страницу
new-priority-title = Приоритет нового тикета
new-queue-title = Очередь нового тикета
new-queue-default = По умолчанию
new-needs-address = Для кого тикет? Введите адрес электронной почты клиента (или выберите знакомого).
new-bad-address = { $address } — не адрес электронной почты; введите адрес клиента, например ann@example.com.
new-needs-subject = У тикета должна быть тема (tab — перейти к ней).
new-opened-found = #{ $id } для { $who } всё-таки уже был создан; повторно он не создан
new-opened = Создан #{ $id } для { $who }
outbox-sending-your = Отправляю: { $what }…
outbox-empty-now = Исходящие пусты
outbox-all-sending = Всё в исходящих уже отправляется
outbox-reached-after-all = { $what } (он всё-таки уже дошёл до службы поддержки)
picker-unresolved = Для этого тикета нет значения { $names }: поправьте выделенный текст перед отправкой
prompt-go-to = Перейти к тикету #
prompt-not-number = «{ $typed }» — не номер тикета
prompt-not-number-example = «{ $typed }» — не номер тикета; введите номер, например 4208
question-nothing-changed = Ничего не изменено
queue-no-view = Представления { $n } нет
queue-fields-hint = Откройте тикет, чтобы изменить его поля; если тикеты отмечены, f задаёт поля всем
canned-load-failed = Не удалось загрузить шаблоны ответов службы поддержки: { $why }
canned-unavailable = Шаблоны ответов недоступны: { $why }
saves-what = { $kind ->
        [outbox] исходящие
        [drafts] черновики
        [cache] кэш представлений
        [tally] счёт отправленного за сегодня
       *[usage] счётчики использования шаблонов
    }
saves-failed-kept = Не удалось сохранить ({ $what }): { $why }. Данные остаются в памяти; :retry_save попробует снова
saves-failed = Не удалось сохранить ({ $what }): { $why }
saves-saved-again = Снова сохранено ({ $what })
saves-unsaved = { $replies ->
        [0] {""}
        [one] { $replies } ответ
        [few] { $replies } ответа
       *[many] { $replies } ответов
    }{ $replies ->
        [0] {""}
       *[other] { $drafts ->
            [0] {""}
           *[other] {" "}и{" "}
        }
    }{ $drafts ->
        [0] {""}
        [one] { $drafts } черновик
        [few] { $drafts } черновика
       *[many] { $drafts } черновиков
    }
saves-quit-title = Не удалось сохранить: { $what }. Если выйти сейчас, они пропадут
saves-try-again = Попробовать сохранить снова
saves-quit-copy = Выйти и сохранить копию во временной папке
saves-quit-print = Выйти и вывести их в терминал
saves-quit-lose = Выйти и потерять их
saves-stay = Остаться
saves-copying = Копирую несохранённые ответы и черновики…
saves-copy-where = frontdesk не смог сохранить часть ответов или черновиков в своей папке данных; их копия лежит в { $path }
saves-copy-failed = Копию тоже не удалось сохранить: { $why }
saves-saving-again = Снова сохраняю исходящие и черновики…
search-title = Поиск в службе поддержки
search-searching-note = Ищу в службе поддержки ({ $note }); esc закрывает вкладку
search-searching = Ищу в службе поддержки по всем статусам; esc закрывает вкладку
session-who-failed = Не удалось узнать, кто вы: { $why }
session-agents-failed = Не удалось получить список агентов: { $why }
tags-title = Теги #{ $id }
tags-unchanged = Теги не изменились
takeover-answers-again = Служба поддержки снова отвечает; отправляю ожидающие записи ({ $count })
takeover-took-over = Подхвачены записи ({ $count }), оставленные закрывшимся frontdesk; отправляю их сейчас
watch-news = { $urgent ->
        [yes] срочно ·{" "}
       *[no] {""}
    }{ $kind ->
        [ticket] Новый тикет
       *[reply] Новый ответ в
    } #{ $id }: { $subject }{ $more ->
        [0] {""}
       *[other] {" "}(и ещё { $more }, отмечены •)
    }
saves-printout-head = frontdesk не смог сохранить это; вот полный текст.
saves-printout-undelivered = { $what } (не доставлено)
saves-printout-draft = { $public ->
        [yes] черновик ответа
       *[no] черновик внутренней заметки
    } в #{ $id }
prompt-reading-folder = читаю папку…
prompt-files-here = покажет файлы; ~ — домашняя папка, вставленный путь тоже подойдёт
prompt-no-addresses = в этом тикете пока не встречалось адресов
prompt-no-other-address = других подходящих адресов нет
prompt-counting-tags = считаю теги загруженных тикетов…
prompt-no-tags = у загруженных тикетов пока нет тегов
prompt-no-other-tag = других подходящих тегов нет
prompt-go-to-about = номер откроет тикет, даже если его нет ни в одном представлении
prompt-merge-about = номер тикета, с которым объединить этот
prompt-time-about = записывается вместе с ответом или заметкой при отправке
prompt-time-alone-about = записывается в тикет сейчас, без сообщения
prompt-forward-about = кто-то вне тикета; редактор откроется с цитатой сообщения
prompt-search-about = слова, адрес почты или запрос на языке службы · вверх/вниз: недавние поиски
prompt-enter = {" "}enter:{" "}
prompt-enter-merge = {" "}enter: объединить #{ $id } с{" "}
prompt-asks-first = {" "}(сначала спросит)
prompt-enter-choose = {" "}enter: выбрать этот тикет (сначала спросит)
prompt-enter-log = {" "}enter: записать{" "}
prompt-enter-no-time = {" "}enter: не записывать время
prompt-enter-forward = {" "}enter: напишите над цитатой, затем ctrl-s
prompt-enter-open = {" "}enter: открыть{" "}
prompt-enter-open-number = {" "}enter: открыть тикет с этим номером
prompt-enter-attach-named = {" "}enter: прикрепить указанный выше файл
prompt-enter-attach = {" "}enter: прикрепить{" "}
prompt-enter-no-copies = {" "}enter: без копий
prompt-enter-no-change = {" "}enter: без изменений
files-note-by = заметка: { $who }
files-list-keys = {" "}enter открывает · s сохраняет в { $folder } · esc закрывает
files-list-title = {" "}Вложения #{ $id } ({ $count }){" "}
files-viewer-title = {" "}{ $file } · s сохраняет · esc закрывает{" "}
files-only-start = {" "}… показано только начало файла; s сохранит его целиком
files-picture-failed = {" "}Эту картинку нельзя показать здесь ({ $why }); s сохранит её.
new-title = { $public ->
        [yes] {" "}Новый тикет — клиенту уйдёт письмо{" "}
       *[no] {" "}Новый тикет — начинается с внутренней заметки{" "}
    }
new-toggle = { $public ->
        [yes] {" "}{ $key } — сделать внутренним
       *[no] {" "}{ $key } — сделать публичным
    }
new-label-for = Кому
new-label-subject = Тема
new-label-queue = Очередь
new-label-priority = Приоритет
new-type-someone = введите имя или адрес; новый адрес тоже подойдёт
new-no-one-known = знакомых совпадений нет: будет создан новый клиент
new-tab-takes-it = {"  "}tab — выбрать
form-nothing-matches = ничего не подходит
form-more = ↓ ещё { $count }
form-enter-does = { $what ->
        [adds] добавляет или убирает
        [chooses] выбирает
        [opens-list] открывает список
        [toggles] переключает
        [editor] открывает редактор
       *[next] следующее поле
    }
form-keys = {" "}{ $enter } { $enter_does } · { $save } сохраняет · { $cancel } { $list ->
        [yes] закрывает список
       *[no] отменяет
    }
compose-changed-head = Изменилось, пока вы писали:
compose-signature-note = {"  "}(ваша подпись, добавляется при отправке)
compose-on-send = {" "}при отправке: { $summary }{" "}
compose-files-key = {"  "}({ $key } добавляет или убирает)
menu-nothing-matches-short = {" "}ничего не подходит; backspace расширит поиск
picker-on-send = При отправке: { $summary }
picker-placeholders-block = У выделенных подстановок здесь нет значения; пока их не исправить, отправить нельзя.
describe-status = статус → { $status }
describe-priority = приоритет → { $priority }
describe-assign = назначить → { $who }
describe-nobody = никому
describe-move = переместить → { $queue }
describe-worked = отработано { $spent }
draft-placeholder-reply = Напишите ответ. ctrl-t вставляет шаблон; ctrl-s отправляет.
draft-placeholder-note = Напишите заметку для других агентов. ctrl-t вставляет шаблон; ctrl-s добавляет её.
draft-placeholder-new = Первое сообщение. ctrl-t вставляет шаблон; ctrl-s создаёт тикет.
form-needed = Нужно заполнить: { $name }
form-fields-of = Поля #{ $id }
form-needs-these = У #{ $id } нужно заполнить эти поля
queue-no-views = Представления не настроены.
start-config-problems = В файлах настроек проблем: { $count } (:messages покажет список); там используются значения по умолчанию
start-others-running = frontdesk запущен с этим профилем ещё где-то (других: { $count }): каждый доставляет отправленные из него ответы; черновик, открытый в обоих, сохранит тот, кто сохранит последним
start-drafts-kept = { $count ->
        [one] Сохранён { $count } черновик
        [few] Сохранено { $count } черновика
       *[many] Сохранено { $count } черновиков
    } с прошлого сеанса (✎ в очереди); откройте тикет, чтобы вернуться к нему
start-outbox-waiting = { $count ->
        [one] { $count } ответ
        [few] { $count } ответа
       *[many] { $count } ответов
    } с прошлого сеанса ещё не доставлено; отправляю сейчас (O покажет исходящие)
seen-new-message = { $kind ->
        [customer] Новое сообщение от
        [public] Новый ответ от
       *[internal] Новая внутренняя заметка от
    } { $author }: «{ $first }»
seen-status = Статус: { $was } → { $now }
seen-priority = Приоритет: { $was } → { $now }
seen-assigned = Назначен: { $was } → { $now }
seen-someone-else = Изменено кем-то другим (служба поддержки не показывает подробностей)
timeline-folded = изменений: { $count } · { $who } · до { $when } · H ещё раз покажет все
outbox-bulk = { $what }: тикетов { $all } (готово { $done })
form-read-only = только чтение
list-more-above = ↑ ещё { $count } (pgup)
list-more-below = ↓ ещё { $count } (pgdn)
picker-local = локальный
credential-missing = для профиля "{ $profile }" ({ $account }) нет учётных данных. Задайте их одним из способов:
      {"  "}- установите FRONTDESK_TOKEN в окружении
      {"  "}- добавьте в профиль в config.toml token_cmd = "pass show helpdesk" (любая команда, печатающая токен)
      {"  "}- выполните `frontdesk login`, чтобы сохранить его в хранилище ключей ОС (хранилище: { $keyring })
keyring-none-stored = для него ничего не сохранено
keyring-no-answer = оно не ответило за { $seconds } с (не запущен Secret Service? так бывает по SSH)
keyring-failed = ошибка ({ $why })
keyring-none-here = на этой машине его нет (нет Secret Service; так бывает по SSH)
keyring-unavailable = оно недоступно ({ $why })
credential-from-keyring = хранилище ключей ОС
token-cmd-no-start = token_cmd не запустился: { $why }
token-cmd-failed-with = token_cmd ({ $cmd }) завершился с ошибкой ({ $status }): { $why }
token-cmd-no-message = без сообщения
token-cmd-printed-nothing = token_cmd ({ $cmd }) ничего не напечатал
token-cmd-failed = ошибка token_cmd: { $why }
token-cmd-waiting = Жду, пока token_cmd ({ $cmd }) напечатает токен; возможно, он спрашивает пароль. ctrl-c остановит его.
token-cmd-stopped = token_cmd ({ $cmd }) остановлен по ctrl-c
token-cmd-timed-out = token_cmd ({ $cmd }) не завершился за { $seconds } с
language-from-config = из language в config.toml
language-from-env = из { $name }={ $value }
language-default = по умолчанию
language-chosen = { $language }, { $from }
language-not-translated = { $language }, { $from }: перевода на "{ $asked }" пока нет (есть en, fi, ru, de, et, zh)
doctor-fix-rt-auth = токен неверный, просрочен или отозван (RT: Settings → Auth Tokens);
    `frontdesk login` проверит и сохранит новый
doctor-fix-zendesk-auth = Zendesk принимает API-токен с user = адрес почты агента (Admin Center → Apps and
    integrations → Zendesk API) или OAuth-токен с auth = "oauth"; `frontdesk login` сохранит новый
doctor-fix-zendesk-forbidden = токен работает, но этому пользователю API недоступен: API Zendesk требует агента или администратора
    и включённого доступа по токену в Admin Center
doctor-fix-freshdesk-auth = Freshdesk принимает API-ключ агента (фото профиля → Profile settings → Your API Key),
    а не пароль; url должен быть https://YOURDOMAIN.freshdesk.com; `frontdesk login` сохранит новый
doctor-fix-zammad-auth = Zammad принимает личный токен доступа (Profile → Token Access) с правом ticket.agent
    или OAuth-токен с auth = "oauth"; `frontdesk login` сохранит новый
doctor-fix-zammad-forbidden = у токена не хватает прав: создайте токен с ticket.agent в Profile → Token Access
doctor-fix-jira-auth = Jira принимает user = ваш адрес почты Atlassian и API-токен (id.atlassian.com → Security →
    API tokens), а не пароль; `frontdesk login` сохранит новый
doctor-fix-jira-forbidden = токен работает, но Jira отказала: агентам нужна лицензия Jira Service Management и
    роль в проекте службы поддержки
doctor-fix-helpscout-auth = Help Scout принимает OAuth-приложение: user = его App ID, токен = его App Secret (Your Profile →
    My Apps); пользователь приложения должен быть активен; `frontdesk login` сохранит новый секрет
doctor-fix-redmine-auth = Redmine принимает ваш ключ доступа к API (My account → API access key → Show); веб-сервис REST
    должен быть включён (Administration → Settings → API); `frontdesk login` сохранит новый ключ
doctor-fix-redmine-forbidden = ключ работает, но Redmine отказал: администратор включает веб-сервис REST
    (Administration → Settings → API), а вашей роли нужно право View issues в проекте
doctor-fix-auth = учётные данные неверны или просрочены; `frontdesk login` проверит и сохранит новые
doctor-fix-tls = TLS-сертификату сервера нет доверия: проверьте http:// или https:// в url
    либо установите центр сертификации вашей организации
doctor-fix-forbidden = этой учётной записи API недоступен; обратитесь к администратору службы поддержки
doctor-fix-not-found = возможно, url указывает не туда: укажите базовый адрес службы поддержки
doctor-fix-url = проверьте url; после исправления снова запустите `frontdesk doctor`
doctor-priority-field = в Help Scout его нет; frontdesk хранит его в настраиваемом поле "{ $field }" (priority_field)
doctor-priority-tags = в Help Scout его нет; frontdesk хранит его в тегах urgent, high и low (priority_field может указать настраиваемое поле)
doctor-open-untried = ни в одном представлении нет тикетов, поэтому открыть тикет не пробовали
doctor-open-ok = #{ $id } открывается так же, как в интерфейсе (сообщений: { $count }, { $ms } мс)
doctor-open-failed = #{ $id } есть в списке, но не открывается: { $why }
doctor-open-failed-fix = представления работают, а тикеты нет; frontdesk.log в папке данных (`frontdesk --paths`) покажет ответ службы
doctor-cost-failed = запрос в том виде, как его шлёт frontdesk, не прошёл: { $why }
doctor-cost-session = чтение с учётными данными занимает на этом сервере { $credential } мс (они каждый раз хешируются); сессия, которую берёт frontdesk, сокращает это до { $session } мс
doctor-cost-no-session = каждый запрос занимает { $credential } мс; сервер не даёт сессии, поэтому каждый запрос несёт учётные данные
doctor-trial = { $what ->
        [search] поиск
       *[change] изменение
    } { $ms } мс
doctor-writes-session = поиски и изменения идут через сессию ({ $timings })
doctor-writes-fix = чтобы они шли через сессию: укажите в url профиля адрес, которым служба называет себя
    (RT: $WebDomain и $WebPort), или добавьте "{ $host }" в @ReferrerWhitelist RT
doctor-writes-cross-site = служба отвергает свою сессию с { $host } как межсайтовый запрос, поэтому поиски и изменения несут учётные данные: медленнее, но ничего не теряется ({ $timings })
cache-sessions-dropped = Удалено сессий службы поддержки из хранилища ключей ОС: { $count }.
cache-remove-failed = frontdesk: не удалось удалить { $path }: { $why }
cache-draft-files-removed = Удалено файлов клиентов, оставшихся от уже отправленных ответов: { $count }.
cache-summary = { $path }: файлов — { $count }, { $size } (cache_max { $max }). `frontdesk cache clear` очистит его.
cache-cleared = Удалено файлов кэша: { $count } ({ $size }) из { $path }. Черновики и исходящие сохранены.
cache-clear-failed = frontdesk: не удалось очистить { $path }: { $why }. Удалите папку вручную; frontdesk создаст её заново.
connect-plain-http = { $host } — незашифрованный http:// к другой машине: токен пойдёт по сети открытым
connect-plain-http-fix = используйте https://, а если сеть между вами доверенная, добавьте insecure_http = true в [profiles.{ $profile }] в config.toml
connect-plain-http-allowed = { $risk } (insecure_http = true это разрешает)
start-needs-terminal = frontdesk — полноэкранная программа, ей нужен терминал на stdin и stdout
start-cannot-read = не удаётся прочитать: { $why }; используются значения по умолчанию
start-outbox-unopened = не удаётся открыть исходящие { $path }: { $why }; пока это не исправлено, ответы не сохраняются
start-draft-unreadable = черновик { $path } не читается ({ $why }); он оставлен как есть
start-signature-unreadable = файл подписи не читается ({ $why }); ответы уйдут без подписи
search-note-text = поиск по темам, а по тексту сообщений — если в Request Tracker включён полнотекстовый поиск
search-empty = Введите слова, адрес почты или запрос
search-no-words = API Freshdesk не ищет по словам: введите адрес почты или запрос Freshdesk, например { $example }
search-no-language = Поиск этой службы поддержки не видит язык клиента; / lang:fi сузит тикеты, уже загруженные в представление
config-unknown-backend = неизвестный backend "{ $name }" (допустимы: { $known })
config-languages = languages должны быть кодами языков, которые frontdesk различает, например ["fi", "en"] (а не { $unknown }); используются все шесть
config-translate-cmd = translate_cmd должен быть командной строкой, например "trans -b"
config-language-untranslated = язык "{ $language }" пока не переведён; используйте en, fi, ru, de, et или zh (пока — английский)
config-cache-max = cache_max — размер в мегабайтах, например 200 или "1GB"; используется 200 МБ
config-download-dir = download_dir — это папка, например "~/Downloads/support"
config-max-download = max_download — размер в мегабайтах, например 100, "250MB" или "2GB"; используется 100 МБ
config-images = images может быть "auto", "halfblocks", "kitty", "sixel" или "iterm2"
config-images-unknown = images = "{ $value }" неизвестно; используйте auto, halfblocks, kitty, sixel или iterm2
config-bell = bell может быть true или false
config-profile-unusable = [profiles.{ $name }] { $why }; этот профиль нельзя использовать
config-must-be-string = { $key } должен быть строкой
config-long-thread = long_thread — целое число ответов, например 6
config-profiles-tables = профили должны быть таблицами: [profiles.NAME]
config-unknown-setting = неизвестная настройка "{ $key }"{ $suggestion ->
        [none] {""}
       *[other] {" "}(может быть, { $suggestion }?)
    }; пропущена
config-profile-unknown-setting = неизвестная настройка "{ $key }"{ $suggestion ->
        [none] {""}
       *[other] {" "}(может быть, { $suggestion }?)
    }
config-must-be-table = должен быть таблицей
config-needs-backend = нужен backend = "rt" (или zendesk, freshdesk, zammad, redmine, helpscout, jira, demo)
config-insecure-http = insecure_http может быть true или false
config-time-zones = time_zones должен быть таблицей: { "{" } fi = "Europe/Helsinki", "Acme Oy" = "Europe/Helsinki" { "}" }
config-not-a-zone = time_zones.{ $who }: "{ $zone }" — не часовой пояс (пишите как Europe/Helsinki)
config-agents = agents должен быть списком имён
config-views = views должны быть таблицами [[profiles.NAME.views]]
config-view-table = каждое представление — таблица с name и query
config-view-needs = каждому представлению нужен { $key }
config-view-quick = quick у представления может быть true или false
config-view-unknown = неизвестная настройка представления "{ $key }" (допустимы name, query, quick)
config-quick-tags = quick_tags должен быть списком тегов
config-quick-replies = quick_replies — целое число ответов, например 1
config-priorities = priorities должен быть таблицей из low, normal, high, urgent
config-priority-number = priorities.{ $level } должен быть числом
config-priority-unknown = неизвестный уровень приоритета "{ $level }" (допустимы low, normal, high, urgent)
config-priorities-rise = приоритеты должны возрастать: low < normal < high < urgent
config-poll-interval-or-off = { $why } или "off"; опрос каждые 60 с
config-poll-interval-short = poll_interval должен быть не меньше "5s"; опрос каждые 60 с
config-poll-budget = poll_budget — доля лимита запросов службы, например "5%"; используется 5%
config-syntax-ignored = { $why }; файл пропущен
config-at = строка { $line }, столбец { $column }:{" "}
canned-file-skipped = { $why }; файл пропущен
canned-unclosed = вводная часть, открытая строкой +++, не закрыта строкой +++; файл пропущен
canned-no-text = в шаблоне нет текста; файл пропущен
canned-cannot-read = не удаётся прочитать: { $why }
canned-cannot-read-skipped = не удаётся прочитать: { $why }; файл пропущен
keymap-unknown-section = неизвестный раздел [{ $section }]; пропущен
keymap-section-table = [{ $section }] должен быть таблицей
keymap-bad-key = [{ $section }] неизвестная клавиша "{ $key }" (пишите клавиши так: j, G, ctrl-d, shift-tab, pagedown, f1); пропущена
keymap-bad-action = [{ $section }] { $key }: неизвестное действие "{ $action }" (см. `frontdesk --list-actions`); за клавишей остаётся прежнее действие
keymap-action-string = [{ $section }] { $key }: действие должно быть строкой
theme-palette-bad = [palette] { $name }: { $why }; пропущено
theme-palette-string = [palette] { $name }: цвет задаётся строкой; пропущено
theme-palette-table = [palette] должен быть таблицей
theme-style-bad = { $name }: { $why }; пропущено
theme-styles-table = [styles] должен быть таблицей
theme-modifiers-strings = modifiers — это строки
theme-unexpected-field = неожиданное поле "{ $field }" (допустимы fg, bg, modifiers)
theme-style-shape = стиль — это цвет или таблица { "{" } fg, bg, modifiers { "}" }
theme-bad-hex = "{ $hex }" — не цвет вида #rrggbb
theme-unknown-colour = неизвестный цвет "{ $colour }"
theme-unknown-modifier = неизвестный модификатор "{ $modifier }"
preset-no-shipped = поставляемого { $kind } "{ $name }" нет; используется "default"
preset-cannot-inherit = нельзя унаследовать "{ $parent }"
profile-first-run = служба поддержки ещё не настроена
profile-none-yet = профиля "{ $name }" нет: в config.toml пока нет профилей
profile-unknown = в config.toml нет профиля "{ $name }" (есть: { $known })
profile-broken = профиль "{ $name }" в config.toml нельзя использовать: { $why }
profile-ambiguous = в config.toml несколько профилей ({ $known }); выберите один через --profile NAME или задайте default_profile = "{ $first }"
profile-incomplete = профилю "{ $name }" нужен { $missing }: добавьте в него в config.toml { $example } или задайте FRONTDESK_{ $var }
profile-unreadable = не удаётся прочитать { $file }: { $why }
    Исправьте файл (или уберите его, чтобы начать заново); `frontdesk doctor` проверит его, а `frontdesk --demo` работает и так
form-takes-date = { $name } — дата в виде 2026-12-24
form-no-option = У поля { $name } нет варианта { $value }
outbox-badge = ⇪ в исходящих: { $count } (O)
rate-limit-holding = Соблюдаю лимит запросов службы поддержки: продолжу через { $seconds } с
files-no-temp = не удаётся создать временную папку
files-cannot-write-to = не удаётся записать в { $path }
files-cannot-write-file = не удаётся записать файл
files-cannot-save-into = не удаётся сохранить в { $path }
files-cannot-read-back = не удаётся прочитать его обратно
files-decoder-failed = декодер изображений не справился с ним
files-not-a-picture = его нельзя показать как картинку ({ $why })
files-cannot-attach = не удаётся прикрепить { $path }: { $why }
files-cannot-list = не удаётся показать содержимое { $path }: { $why }
files-work-failed = работа с файлом не удалась: { $why }
translate-no-stdin = нет стандартного ввода
editor-no-start = не удалось запустить { $editor }: { $why }
editor-exited = { $editor } завершился с { $status }
action-set-status-words = закрыть решить решён закрыт переоткрыть ожидание статус спам
action-note-words = комментарий приватный внутренний
action-reply-words = ответить публичный письмо
action-reply-with-canned-words = шаблон макрос заготовка
action-assign-words = владелец агент передать
action-set-priority-words = срочность важность срочно
action-edit-tags-words = тег метка ярлык
action-merge-ticket-words = дубликат объединить слить
action-move-ticket-words = очередь группа проект перенести
action-log-time-words = трудозатраты часы время
action-new-ticket-words = создать новый открыть
action-search-words = найти искать поиск
action-fields-words = поле свойства форма
action-forward-message-words = переслать
action-discard-draft = Удалить этот черновик…
action-discard-draft-about = выбросить черновик, спросив один раз
action-discard-draft-words = удалить выбросить очистить
discard-title = Удалить { $public ->
        [yes] ответ
       *[no] заметку
    } в #{ $id }? Вернуть будет нельзя
discard-yes = Да, удалить (y)
discard-no = Нет, продолжить (n)
discard-done = Черновик в #{ $id } удалён
compose-files-count = файлов: { $count }, { $size }
help-nothing-matches = {" "}Ни одна клавиша не подходит; esc очистит поиск.
messages-none = Сообщений пока нет.
messages-polling-off = Опрос выключен (poll_interval = "off").
messages-polling = Опрос каждые { $every }: запросов за опрос — { $requests }, в минуту — { $per_minute }.
messages-polling-limit = Опрос каждые { $every }: запросов за опрос — { $requests }, в минуту — { $per_minute }; служба разрешает { $limit } в минуту, опрос укладывается в { $share }% от этого.
hint-search = поиск
action-search-next = Следующее совпадение
action-search-next-about = перейти к следующей строке с искомым текстом
action-search-prev = Предыдущее совпадение
action-search-prev-about = перейти к предыдущей строке с искомым текстом
viewer-no-more = { $forward ->
        [yes] Ниже совпадений больше нет
       *[no] Выше совпадений больше нет
    }
viewer-search = /{ $query } · совпадений: { $count }
doctor-colours = { $depth ->
        [none] без цвета (задан NO_COLOR)
        [sixteen] 16 цветов ANSI (TERM={ $term }); цвета темы выводятся ближайшими из них
        [palette] 256 цветов (TERM={ $term }); 24-битные цвета темы выводятся ближайшими из них
       *[true] 24-битный цвет (COLORTERM={ $colorterm })
    }
script-no-view = представления "{ $view }" нет; есть: { $views } (по имени или номеру)
script-internal = (внутренняя заметка)
script-canned-audience = шаблон «{ $title }» предназначен для другой аудитории: используйте frontdesk { $command }
script-canned-files = шаблон «{ $title }» прикладывает файлы; отправьте его из интерфейса или приложите их через --file и используйте -m
script-did-you-mean = {" "}(возможно, «{ $name }»?)
script-file-unreadable = не удаётся приложить { $path }: { $why }
script-no-canned = шаблона «{ $title }» нет
script-no-cc = эта служба поддержки не принимает копии с ответом; уберите { $option }
script-no-create = frontdesk не может создавать тикеты в этой службе поддержки
script-no-entry = в исходящих нет записи { $id }; их список: frontdesk outbox
script-no-subject = новому тикету нужна тема: --subject "…"
script-not-an-address = «{ $address }» — не адрес электронной почты
script-outbox-others = { $count ->
    [one] на этом профиле работает ещё { $count } frontdesk; то, что он отправляет, — его дело
    [few] на этом профиле работают ещё { $count } frontdesk; то, что они отправляют, — их дело
   *[other] на этом профиле работают ещё { $count } frontdesk; то, что они отправляют, — их дело
  }
script-queued = { $count ->
    [one] запись в исходящих и ещё не доставлена: её отправит запущенный frontdesk этого профиля или frontdesk outbox retry (--wait — ждать)
   *[other] записей в исходящих, ещё не доставлены: { $count }; их отправит запущенный frontdesk этого профиля или frontdesk outbox retry (--wait — ждать)
  }
script-queued-interrupted = ожидание прервано; записей осталось в исходящих, не доставлено: { $count }
script-set-no-agent = нет единственного агента «{ $who }»; укажите имя или адрес, как в службе поддержки, me или none
script-set-no-such = нет { $key } «{ $value }»; есть: { $offered }
script-set-nothing = нечего менять: укажите КЛЮЧ=ЗНАЧЕНИЕ, например status=solved
script-set-pair = «{ $pair }» — не КЛЮЧ=ЗНАЧЕНИЕ (например, status=solved)
script-set-read-only = { $name } в этой службе поддержки только для чтения
script-text-empty = нечего отправлять: текст пуст
script-text-where = передайте текст через -m "…", --canned НАЗВАНИЕ, --editor или на stdin
script-conflict = не отправлено: тикет изменился после того, как frontdesk его прочитал; прочитайте его снова (frontdesk show) и отправьте ещё раз, если текст всё ещё уместен
script-refused = не отправлено: { $why }
script-held = не отправлено: { $why }. Запись остаётся в исходящих: исправьте учётные данные (подскажет frontdesk doctor), затем выполните frontdesk outbox retry
script-fields-needed = не отправлено: служба поддержки требует сначала заполнить { $names }; задайте их через frontdesk set как ИМЯ=ЗНАЧЕНИЕ ("{ $names }=…") и повторите
