<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Medtour::ArticleListModel</name>
    <message>
        <source>The feed gave no usable date; this is when the article was fetched.</source>
        <translation>В ленте нет пригодной даты; показано время загрузки статьи.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message numerus="yes">
        <source>Reported by %n outlet(s)</source>
        <translation>
            <numerusform>Сообщило %n издание</numerusform>
            <numerusform>Сообщили %n издания</numerusform>
            <numerusform>Сообщили %n изданий</numerusform>
        </translation>
    </message>
    <message>
        <source>Markets</source>
        <translation>Рынки</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Копии</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Релевантность</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n час назад</numerusform>
            <numerusform>%n часа назад</numerusform>
            <numerusform>%n часов назад</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::BrowsingModel</name>
    <message>
        <source>The articles could not be read: %1</source>
        <translation>Не удалось прочитать статьи: %1</translation>
    </message>
</context>
<context>
    <name>Medtour::Export</name>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>markets</source>
        <translation>рынки</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>регионы</translation>
    </message>
    <message>
        <source>specialties</source>
        <translation>специализации</translation>
    </message>
    <message>
        <source>hospitals</source>
        <translation>больницы</translation>
    </message>
    <message>
        <source>events</source>
        <translation>события</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>языки</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>relevance at least %1</source>
        <translation>релевантность не ниже %1</translation>
    </message>
    <message>
        <source>unread only</source>
        <translation>только непрочитанные</translation>
    </message>
    <message>
        <source>starred only</source>
        <translation>только отмеченные</translation>
    </message>
    <message>
        <source>Medical tourism news clipping</source>
        <translation>Дайджест новостей медицинского туризма</translation>
    </message>
</context>
<context>
    <name>Medtour::Export::ReportPages</name>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Создан</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Articles by market</source>
        <translation>Статьи по рынкам</translation>
    </message>
    <message>
        <source>Articles by outlet</source>
        <translation>Статьи по изданиям</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Стр.</translation>
    </message>
    <message>
        <source>(date from fetch time)</source>
        <translation>(дата по времени загрузки)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригинал</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Also reported by</source>
        <translation>Также сообщили</translation>
    </message>
    <message>
        <source>Lead only; the full text is at the original.</source>
        <translation>Только вводная часть; полный текст — в оригинале.</translation>
    </message>
    <message>
        <source>Source: %1 — copyright belongs to the outlet.</source>
        <translation>Источник: %1 — авторские права принадлежат изданию.</translation>
    </message>
    <message>
        <source>Articles per market per week</source>
        <translation>Статьи по рынкам за неделю</translation>
    </message>
    <message>
        <source>Top outlets</source>
        <translation>Ведущие издания</translation>
    </message>
</context>
<context>
    <name>Medtour::Export::ReportRenderer</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>Medtour::Export::ReportRunner</name>
    <message numerus="yes">
        <source>%n article(s); the report is attached.</source>
        <translation>
            <numerusform>%n статья; отчёт во вложении.</numerusform>
            <numerusform>%n статьи; отчёт во вложении.</numerusform>
            <numerusform>%n статей; отчёт во вложении.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Export::ReportTable</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Релевантность</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Копий</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>Medtour::Facets</name>
    <message>
        <source>Markets</source>
        <translation>Рынки</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Регионы</translation>
    </message>
    <message>
        <source>Specialties</source>
        <translation>Специализации</translation>
    </message>
    <message>
        <source>Hospitals</source>
        <translation>Больницы</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>Типы событий</translation>
    </message>
</context>
<context>
    <name>Medtour::FeedPipeline</name>
    <message>
        <source>Disk full: this feed was not stored completely; free some space and sync again (%1)</source>
        <translation>Диск заполнен: лента сохранена не полностью; освободите место и синхронизируйте снова (%1)</translation>
    </message>
</context>
<context>
    <name>Medtour::ReplicaRepository</name>
    <message>
        <source>Kept from before joining</source>
        <translation>Сохранено до вступления в команду</translation>
    </message>
</context>
<context>
    <name>Medtour::ReportProfileModel</name>
    <message>
        <source>Weekdays at %1</source>
        <translation>По будним дням в %1</translation>
    </message>
    <message>
        <source>Every %1 at %2</source>
        <translation>Каждый %1 в %2</translation>
    </message>
    <message>
        <source>Daily at %1</source>
        <translation>Ежедневно в %1</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (выкл.)</translation>
    </message>
    <message>
        <source>Files only</source>
        <translation>Только файлы</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) sent or written</source>
        <translation>
            <numerusform>%n статья отправлена или записана</numerusform>
            <numerusform>%n статьи отправлены или записаны</numerusform>
            <numerusform>%n статей отправлено или записано</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Ничего нового</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>Formats</source>
        <translation>Форматы</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Последний запуск</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>Medtour::SourceListModel</name>
    <message>
        <source>Never synced</source>
        <translation>Ещё не синхронизирован</translation>
    </message>
    <message numerus="yes">
        <source>OK, %n new</source>
        <translation>
            <numerusform>OK, %n новая</numerusform>
            <numerusform>OK, %n новые</numerusform>
            <numerusform>OK, %n новых</numerusform>
        </translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not fetched</source>
        <translation>Не загружается</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Лента</translation>
    </message>
    <message>
        <source>Google News</source>
        <translation>Google Новости</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Код HTTP %1</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Последняя попытка: %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Последний успех</translation>
    </message>
    <message>
        <source>Next sync</source>
        <translation>Следующая синхронизация</translation>
    </message>
</context>
<context>
    <name>Medtour::SourceRepository</name>
    <message>
        <source>Starred from removed sources</source>
        <translation>Отмеченные из удалённых источников</translation>
    </message>
</context>
<context>
    <name>Medtour::SyncProblemModel</name>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>What happened, and what to try</source>
        <translation>Что произошло и что попробовать</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Technical detail</source>
        <translation>Технические подробности</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::AddFeedDialog</name>
    <message>
        <source>&amp;Find feeds</source>
        <translation>&amp;Найти ленты</translation>
    </message>
    <message>
        <source>Add a feed</source>
        <translation>Добавление ленты</translation>
    </message>
    <message>
        <source>Address of a feed or of a news site</source>
        <translation>Адрес ленты или новостного сайта</translation>
    </message>
    <message>
        <source>The feed&apos;s own title</source>
        <translation>Собственное название ленты</translation>
    </message>
    <message>
        <source>Optional, e.g. News/Korea</source>
        <translation>Необязательно, например Новости/Корея</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Type the address of a feed, or of a site&apos;s page: the feeds it announces are listed to choose from.</source>
        <translation>Введите адрес ленты или страницы сайта: объявленные на ней ленты появятся в списке для выбора.</translation>
    </message>
    <message>
        <source>This is not a web address.</source>
        <translation>Это не веб-адрес.</translation>
    </message>
    <message>
        <source>Looking at %1…</source>
        <translation>Проверка %1…</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Не удалось прочитать %1: %2</translation>
    </message>
    <message>
        <source>This page announces no feed. Try the site&apos;s RSS link or its home page.</source>
        <translation>Эта страница не объявляет ни одной ленты. Попробуйте RSS-ссылку сайта или его главную страницу.</translation>
    </message>
    <message numerus="yes">
        <source>This is a feed with %n item(s).</source>
        <translation>
            <numerusform>Это лента с %n записью.</numerusform>
            <numerusform>Это лента с %n записями.</numerusform>
            <numerusform>Это лента с %n записями.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This page announces %n feed(s). Choose one:</source>
        <translation>
            <numerusform>Эта страница объявляет %n ленту. Выберите одну:</numerusform>
            <numerusform>Эта страница объявляет %n ленты. Выберите одну:</numerusform>
            <numerusform>Эта страница объявляет %n лент. Выберите одну:</numerusform>
        </translation>
    </message>
    <message>
        <source>This feed is already a source: %1.</source>
        <translation>Эта лента уже есть среди источников: %1.</translation>
    </message>
    <message>
        <source>The source could not be added: %1</source>
        <translation>Не удалось добавить источник: %1</translation>
    </message>
    <message numerus="yes">
        <source>This page announces no feed, but it lists %n article(s). You can follow its article links instead: each sync reads the list and fetches the new articles.</source>
        <translation>
            <numerusform>На этой странице нет ленты, но в ней %n статья. Вместо ленты можно следить за ссылками на статьи: при каждой синхронизации список читается и загружаются новые статьи.</numerusform>
            <numerusform>На этой странице нет ленты, но в ней %n статьи. Вместо ленты можно следить за ссылками на статьи: при каждой синхронизации список читается и загружаются новые статьи.</numerusform>
            <numerusform>На этой странице нет ленты, но в ней %n статей. Вместо ленты можно следить за ссылками на статьи: при каждой синхронизации список читается и загружаются новые статьи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow this page&apos;s article links instead</source>
        <translation>Следить за ссылками на статьи этой страницы</translation>
    </message>
    <message>
        <source>The page&apos;s own title</source>
        <translation>Заголовок самой страницы</translation>
    </message>
    <message>
        <source>This page is already a source: %1.</source>
        <translation>Эта страница уже есть среди источников: %1.</translation>
    </message>
    <message>
        <source>Adding it to the team&apos;s sources on the team server…</source>
        <translation>Добавление в источники команды на сервере команды…</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ArticleDetailPane</name>
    <message>
        <source>Your note on this article (saved as you type)</source>
        <translation>Ваша заметка к статье (сохраняется по мере ввода)</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Редактирование…</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Заметка сохранена</translation>
    </message>
    <message>
        <source>The note could not be saved; it stays here until you try again.</source>
        <translation>Заметку не удалось сохранить; она останется здесь до следующей попытки.</translation>
    </message>
    <message>
        <source>This article is no longer in the cache.</source>
        <translation>Этой статьи больше нет в кэше.</translation>
    </message>
    <message>
        <source>Notes from the team:</source>
        <translation>Заметки команды:</translation>
    </message>
    <message>
        <source>The article could not be read: %1</source>
        <translation>Не удалось прочитать статью: %1</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ArticleDetailView</name>
    <message>
        <source>Select an article to read it here.</source>
        <translation>Выберите статью, чтобы прочитать её здесь.</translation>
    </message>
    <message>
        <source>fetch time; the feed gave no date</source>
        <translation>время загрузки; в ленте нет даты</translation>
    </message>
    <message>
        <source>Open the original</source>
        <translation>Открыть оригинал</translation>
    </message>
    <message>
        <source>Relevance %1</source>
        <translation>Релевантность %1</translation>
    </message>
    <message>
        <source>Dateline: %1</source>
        <translation>Место: %1</translation>
    </message>
    <message numerus="yes">
        <source>Also reported by %n other outlet(s)</source>
        <translation>
            <numerusform>Также сообщило ещё %n издание</numerusform>
            <numerusform>Также сообщили ещё %n издания</numerusform>
            <numerusform>Также сообщили ещё %n изданий</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ChipBar</name>
    <message>
        <source>Remove this filter</source>
        <translation>Убрать этот фильтр</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Сбросить всё</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::EmptyState</name>
    <message>
        <source>No articles yet</source>
        <translation>Статей пока нет</translation>
    </message>
    <message>
        <source>Nothing matches these filters</source>
        <translation>Под эти фильтры ничего не подходит</translation>
    </message>
    <message>
        <source>Try fewer words, remove a filter with its ✕, or look at all articles again.</source>
        <translation>Попробуйте меньше слов, уберите фильтр крестиком ✕ или снова посмотрите все статьи.</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Сбросить все фильтры</translation>
    </message>
    <message>
        <source>Articles arrive when your sources are synchronised. To look around first, load the built-in sample: 34 short Korean and English medical-tourism stories that you can filter, star and delete like any other. Or start with the recommended sources: Google News searches and medical-tourism outlets, synchronised now.</source>
        <translation>Статьи появляются после синхронизации источников. Чтобы сначала осмотреться, загрузите встроенный пример: 34 короткие новости о медицинском туризме на корейском и английском языках, которые можно фильтровать, отмечать и удалять, как любые другие. Или начните с рекомендованных источников: поиски в Google Новостях и издания о медицинском туризме будут синхронизированы сразу.</translation>
    </message>
    <message>
        <source>Open the sample articles</source>
        <translation>Открыть демонстрационные статьи</translation>
    </message>
    <message>
        <source>Add recommended sources</source>
        <translation>Добавить рекомендованные источники</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ExportController</name>
    <message>
        <source>Large Report</source>
        <translation>Большой отчёт</translation>
    </message>
    <message>
        <source>The filter matches %1 articles; the report will hold the newest %2.</source>
        <translation>Под фильтр подходит статей: %1; в отчёт войдут %2 самых новых.</translation>
    </message>
    <message>
        <source>clipping-%1.pdf</source>
        <translation>daidzhest-%1.pdf</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>Collecting articles…</source>
        <translation>Сбор статей…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Export cancelled.</source>
        <translation>Экспорт отменён.</translation>
    </message>
    <message>
        <source>The articles could not be read: %1</source>
        <translation>Не удалось прочитать статьи: %1</translation>
    </message>
    <message>
        <source>There are no articles to export.</source>
        <translation>Нет статей для экспорта.</translation>
    </message>
    <message numerus="yes">
        <source>Laying out %n article(s)…</source>
        <translation>
            <numerusform>Вёрстка %n статьи…</numerusform>
            <numerusform>Вёрстка %n статей…</numerusform>
            <numerusform>Вёрстка %n статей…</numerusform>
        </translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Не удалось записать PDF: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1 (%2 pages).</source>
        <translation>
            <numerusform>Экспортирована %n статья в %1 (страниц: %2).</numerusform>
            <numerusform>Экспортированы %n статьи в %1 (страниц: %2).</numerusform>
            <numerusform>Экспортировано %n статей в %1 (страниц: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Печать страницы %1 из %2…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>На принтер отправлена %n страница.</numerusform>
            <numerusform>На принтер отправлены %n страницы.</numerusform>
            <numerusform>На принтер отправлено %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Документ OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n article(s)…</source>
        <translation>
            <numerusform>Записывается %n статья…</numerusform>
            <numerusform>Записываются %n статьи…</numerusform>
            <numerusform>Записываются %n статей…</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Не удалось записать отчёт: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n article(s) to %1.</source>
        <translation>
            <numerusform>%n статья экспортирована в %1.</numerusform>
            <numerusform>%n статьи экспортированы в %1.</numerusform>
            <numerusform>%n статей экспортировано в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ExportDialog</name>
    <message numerus="yes">
        <source>&amp;Selected articles (%n)</source>
        <translation>
            <numerusform>&amp;Выбранные статьи (%n)</numerusform>
            <numerusform>&amp;Выбранные статьи (%n)</numerusform>
            <numerusform>&amp;Выбранные статьи (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;All articles under the current filter (%n)</source>
        <translation>
            <numerusform>&amp;Все статьи под текущим фильтром (%n)</numerusform>
            <numerusform>&amp;Все статьи под текущим фильтром (%n)</numerusform>
            <numerusform>&amp;Все статьи под текущим фильтром (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Lead only (not the full text)</source>
        <translation>Только &amp;вводная часть (без полного текста)</translation>
    </message>
    <message>
        <source>One article per &amp;page</source>
        <translation>Одна статья на &amp;страницу</translation>
    </message>
    <message>
        <source>Export PDF Report</source>
        <translation>Экспорт отчёта в PDF</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Печать отчёта</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Без группировки</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>По дате</translation>
    </message>
    <message>
        <source>By market</source>
        <translation>По рынку</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>По изданию</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Группировка:</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Р&amp;азмер страницы:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>PDF clipping report</source>
        <translation>PDF-отчёт с вырезками</translation>
    </message>
    <message>
        <source>Editable document (ODT: Hancom Office, Word, LibreOffice)</source>
        <translation>Редактируемый документ (ODT: Hancom Office, Word, LibreOffice)</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX) with counts and charts</source>
        <translation>Таблица (XLSX) со сводкой и диаграммами</translation>
    </message>
    <message>
        <source>Table (CSV, UTF-8)</source>
        <translation>Таблица (CSV, UTF-8)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::FilterPanel</name>
    <message>
        <source>Search: words, &quot;phrases&quot;, -exclude, OR</source>
        <translation>Поиск: слова, &quot;фразы&quot;, -исключение, OR</translation>
    </message>
    <message>
        <source>All words must match. &quot;Quoted words&quot; match as a phrase, -word excludes, and OR joins alternatives: 카자흐스탄 OR 우즈벡 설명회</source>
        <translation>Должны совпасть все слова. &quot;Слова в кавычках&quot; ищутся как фраза, -слово исключает, OR объединяет варианты: 카자흐스탄 OR 우즈벡 설명회</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Непрочитанные</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Отмеченные</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>За 7 дней</translation>
    </message>
    <message>
        <source>Each story once</source>
        <translation>Каждая новость один раз</translation>
    </message>
    <message>
        <source>Show one copy of a story that several outlets reported; the others are listed under &quot;Also reported by&quot;.</source>
        <translation>Показывать одну копию новости, о которой сообщили несколько изданий; остальные перечислены в «Также сообщили».</translation>
    </message>
    <message>
        <source>Relevance: any</source>
        <translation>Релевантность: любая</translation>
    </message>
    <message>
        <source>Relevance ≥ %1</source>
        <translation>Релевантность ≥ %1</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>С</translation>
    </message>
    <message>
        <source>The last day included</source>
        <translation>Последний день включительно</translation>
    </message>
    <message>
        <source>and</source>
        <translation>по</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::GoogleNewsDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Предпросмотр</translation>
    </message>
    <message>
        <source>Add a Google News search</source>
        <translation>Добавление поиска в Google Новостях</translation>
    </message>
    <message>
        <source>e.g. 의료관광 or &quot;medical tourism&quot; Korea</source>
        <translation>например, 의료관광 или &quot;medical tourism&quot; Korea</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Издание</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Search for:</source>
        <translation>Искать:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Feed address:</source>
        <translation>Адрес ленты:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Google News: %1</source>
        <translation>Google Новости: %1</translation>
    </message>
    <message>
        <source>Fetching a preview…</source>
        <translation>Загрузка предпросмотра…</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Не удалось загрузить предпросмотр: %1</translation>
    </message>
    <message>
        <source>The answer was not a feed.</source>
        <translation>Ответ не является лентой.</translation>
    </message>
    <message>
        <source>Nothing found for this search right now.</source>
        <translation>Сейчас по этому запросу ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n item(s) this search returns:</source>
        <translation>
            <numerusform>Первая %n запись по этому запросу:</numerusform>
            <numerusform>Первые %n записи по этому запросу:</numerusform>
            <numerusform>Первые %n записей по этому запросу:</numerusform>
        </translation>
    </message>
    <message>
        <source>This search is already a source: %1.</source>
        <translation>Этот поиск уже есть среди источников: %1.</translation>
    </message>
    <message>
        <source>The source could not be added: %1</source>
        <translation>Не удалось добавить источник: %1</translation>
    </message>
    <message>
        <source>Adding it to the team&apos;s sources on the team server…</source>
        <translation>Добавление в источники команды на сервере команды…</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::MainWindow</name>
    <message>
        <source>Medtour Reader</source>
        <translation>Medtour Reader</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sample article(s) so you can look around offline.</source>
        <translation>
            <numerusform>Загружена %n демонстрационная статья для работы без сети.</numerusform>
            <numerusform>Загружены %n демонстрационные статьи для работы без сети.</numerusform>
            <numerusform>Загружено %n демонстрационных статей для работы без сети.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Article</source>
        <translation>&amp;Статья</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Тренды</translation>
    </message>
    <message>
        <source>The sample could not be loaded.

%1</source>
        <translation>Не удалось загрузить пример.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n sample article(s).</source>
        <translation>
            <numerusform>Загружена %n статья из примера.</numerusform>
            <numerusform>Загружены %n статьи из примера.</numerusform>
            <numerusform>Загружено %n статей из примера.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Not available in this build yet</source>
        <translation>В этой сборке пока недоступно</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Next article</source>
        <translation>&amp;Следующая статья</translation>
    </message>
    <message>
        <source>&amp;Previous article</source>
        <translation>&amp;Предыдущая статья</translation>
    </message>
    <message>
        <source>Page down, then next article</source>
        <translation>Страница вниз, затем следующая статья</translation>
    </message>
    <message>
        <source>&amp;Star / unstar</source>
        <translation>&amp;Отметить / снять отметку</translation>
    </message>
    <message>
        <source>Mark &amp;read / unread</source>
        <translation>Пометить &amp;прочитанной / непрочитанной</translation>
    </message>
    <message>
        <source>&amp;Open the original</source>
        <translation>&amp;Открыть оригинал</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Trends</source>
        <translation>&amp;Тренды</translation>
    </message>
    <message>
        <source>&amp;Clear all filters</source>
        <translation>&amp;Сбросить все фильтры</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Fetch new articles from every source (F5)</source>
        <translation>Загрузить новые статьи из всех источников (F5)</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>Недоступно</translation>
    </message>
    <message numerus="yes">
        <source>%n stor(y/ies)</source>
        <translation>
            <numerusform>%n новость</numerusform>
            <numerusform>%n новости</numerusform>
            <numerusform>%n новостей</numerusform>
        </translation>
    </message>
    <message>
        <source>Sou&amp;rces…</source>
        <translation>&amp;Источники…</translation>
    </message>
    <message>
        <source>The recommended sources could not be added.

%1</source>
        <translation>Не удалось добавить рекомендованные источники.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n recommended source(s); syncing them now.</source>
        <translation>
            <numerusform>Добавлен %n рекомендованный источник; идёт синхронизация.</numerusform>
            <numerusform>Добавлены %n рекомендованных источника; идёт синхронизация.</numerusform>
            <numerusform>Добавлено %n рекомендованных источников; идёт синхронизация.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recommended sources are already in your list.</source>
        <translation>Рекомендованные источники уже есть в вашем списке.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Re&amp;ports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <source>Stop s&amp;ync</source>
        <translation>Остановить с&amp;инхронизацию</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::NewArticleNotifier</name>
    <message numerus="yes">
        <source>%n new relevant article(s)</source>
        <translation>
            <numerusform>%n новая релевантная статья</numerusform>
            <numerusform>%n новые релевантные статьи</numerusform>
            <numerusform>%n новых релевантных статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ReadOnlyNotice</name>
    <message>
        <source>Articles can be read, searched and exported, but stars, notes, read marks and new articles cannot be saved until the cache can be written again.</source>
        <translation>Статьи можно читать, искать и экспортировать, но звёздочки, заметки, отметки о прочтении и новые статьи не сохраняются, пока в кэш снова нельзя будет записывать.</translation>
    </message>
    <message>
        <source>Read-only: the cache file cannot be written</source>
        <translation>Только чтение: в файл кэша нельзя записывать</translation>
    </message>
    <message>
        <source>Read-only: the cache&apos;s folder cannot be written</source>
        <translation>Только чтение: в папку кэша нельзя записывать</translation>
    </message>
    <message>
        <source>Read-only: the cache&apos;s disk is mounted read-only</source>
        <translation>Только чтение: диск с кэшем подключён только для чтения</translation>
    </message>
    <message>
        <source>Read-only: the cache&apos;s disk is full</source>
        <translation>Только чтение: диск с кэшем заполнен</translation>
    </message>
    <message>
        <source>Read-only: the cache cannot be written</source>
        <translation>Только чтение: в кэш нельзя записывать</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ReportProfileDialog</name>
    <message>
        <source>&amp;Run on schedule</source>
        <translation>&amp;Запускать по расписанию</translation>
    </message>
    <message>
        <source>New Report</source>
        <translation>Новый отчёт</translation>
    </message>
    <message>
        <source>Edit Report</source>
        <translation>Изменить отчёт</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <source>Weekdays (Monday to Friday)</source>
        <translation>По будним дням (пн–пт)</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>ODT (editable)</source>
        <translation>ODT (редактируемый)</translation>
    </message>
    <message>
        <source>XLSX</source>
        <translation>XLSX</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>Без группировки</translation>
    </message>
    <message>
        <source>By date</source>
        <translation>По дате</translation>
    </message>
    <message>
        <source>By market</source>
        <translation>По рынку</translation>
    </message>
    <message>
        <source>By outlet</source>
        <translation>По изданию</translation>
    </message>
    <message>
        <source>reports/ beside the cache</source>
        <translation>папка reports/ рядом с кэшем</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Folder for the Reports</source>
        <translation>Папка для отчётов</translation>
    </message>
    <message>
        <source>director@example.org, team@example.org</source>
        <translation>director@example.org, team@example.org</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>поиск «%1»</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Articles:</source>
        <translation>Статьи:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>Formats:</source>
        <translation>Форматы:</translation>
    </message>
    <message>
        <source>&amp;Grouping:</source>
        <translation>&amp;Группировка:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Организация:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>&amp;E-mail to:</source>
        <translation>&amp;Отправить на:</translation>
    </message>
    <message>
        <source>Each run reports the articles that arrived since the previous run. E-mail needs the mail server: medtour-cli mail setup.</source>
        <translation>Каждый запуск включает статьи, поступившие после предыдущего. Для почты нужен сервер: medtour-cli mail setup.</translation>
    </message>
    <message>
        <source>Give the report a name.</source>
        <translation>Укажите название отчёта.</translation>
    </message>
    <message>
        <source>Choose at least one format.</source>
        <translation>Выберите хотя бы один формат.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>«%1» — не адрес электронной почты.</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>&amp;New from Current Filter…</source>
        <translation>&amp;Новый из текущего фильтра…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Run &amp;Now</source>
        <translation>&amp;Запустить сейчас</translation>
    </message>
    <message>
        <source>Writing “%1”…</source>
        <translation>Создаётся «%1»…</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Не удалось сохранить отчёт: %1</translation>
    </message>
    <message>
        <source>Remove Report</source>
        <translation>Удалить отчёт</translation>
    </message>
    <message>
        <source>Remove the report “%1”? Files it wrote stay where they are.</source>
        <translation>Удалить отчёт «%1»? Созданные им файлы останутся на месте.</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>«%1»: ошибка: %2</translation>
    </message>
    <message>
        <source>“%1”: nothing new since the last run; nothing was written or sent.</source>
        <translation>«%1»: с прошлого запуска ничего нового; ничего не создано и не отправлено.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n article(s) written to %2.</source>
        <translation>
            <numerusform>«%1»: %n статья записана в %2.</numerusform>
            <numerusform>«%1»: %n статьи записаны в %2.</numerusform>
            <numerusform>«%1»: %n статей записано в %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n article(s) sent to %2.</source>
        <translation>
            <numerusform>«%1»: %n статья отправлена: %2.</numerusform>
            <numerusform>«%1»: %n статьи отправлены: %2.</numerusform>
            <numerusform>«%1»: %n статей отправлено: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reports could not be read: %1</source>
        <translation>Не удалось прочитать список отчётов: %1</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ReportsPresenter</name>
    <message>
        <source>Report “%1” failed: %2</source>
        <translation>Отчёт «%1»: ошибка: %2</translation>
    </message>
    <message numerus="yes">
        <source>Report “%1” is done: %n article(s).</source>
        <translation>
            <numerusform>Отчёт «%1» готов: %n статья.</numerusform>
            <numerusform>Отчёт «%1» готов: %n статьи.</numerusform>
            <numerusform>Отчёт «%1» готов: %n статей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SettingsDialog</name>
    <message>
        <source>Load remote images in articles</source>
        <translation>Загружать внешние изображения в статьях</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Remote images tell the publisher that you read the article. Off by default.</source>
        <translation>Внешние изображения сообщают издателю, что вы читали статью. По умолчанию выключено.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Keep everything</source>
        <translation>Хранить всё</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>A new language, and a return to the system theme, apply when the reader starts again.</source>
        <translation>Новый язык и возврат к системной теме применятся после перезапуска.</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Check new sources every:</source>
        <translation>Проверять источники каждые:</translation>
    </message>
    <message>
        <source>Remove unstarred articles after:</source>
        <translation>Удалять неотмеченные статьи через:</translation>
    </message>
    <message>
        <source>Notify about new articles with relevance from:</source>
        <translation>Уведомлять о новых статьях с релевантностью от:</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>Кэш:</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>not available yet</source>
        <translation>пока недоступно</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SourceEditDialog</name>
    <message>
        <source>Fetch the full page of items that carry only a summary</source>
        <translation>Загружать полную страницу для записей, где есть только краткое содержание</translation>
    </message>
    <message>
        <source>Sync this source</source>
        <translation>Синхронизировать этот источник</translation>
    </message>
    <message>
        <source>Edit source</source>
        <translation>Изменение источника</translation>
    </message>
    <message>
        <source>Optional, e.g. News/Korea</source>
        <translation>Необязательно, например Новости/Корея</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>As the feed says (Seoul for Korean, else UTC)</source>
        <translation>Как указано в ленте (для корейских — Сеул, иначе UTC)</translation>
    </message>
    <message>
        <source>As the feed says</source>
        <translation>Как указано в ленте</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Check every:</source>
        <translation>Проверять каждые:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>A page source always reads its articles&apos; pages.</source>
        <translation>Источник-страница всегда загружает страницы своих статей.</translation>
    </message>
    <message>
        <source>Saving the change on the team server…</source>
        <translation>Изменение сохраняется на сервере команды…</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SourcesDialog</name>
    <message>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <source>Add &amp;feed…</source>
        <translation>Добавить &amp;ленту…</translation>
    </message>
    <message>
        <source>Add &amp;Google News search…</source>
        <translation>Добавить поиск в &amp;Google Новостях…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать</translation>
    </message>
    <message>
        <source>&amp;Import OPML…</source>
        <translation>И&amp;мпорт OPML…</translation>
    </message>
    <message>
        <source>E&amp;xport OPML…</source>
        <translation>&amp;Экспорт OPML…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s).</source>
        <translation>
            <numerusform>%n источник.</numerusform>
            <numerusform>%n источника.</numerusform>
            <numerusform>%n источников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed on the last sync (the status tooltip has the details).</source>
        <translation>
            <numerusform>У %n источника ошибка при последней синхронизации (подробности — в подсказке к состоянию).</numerusform>
            <numerusform>У %n источников ошибка при последней синхронизации (подробности — в подсказке к состоянию).</numerusform>
            <numerusform>У %n источников ошибка при последней синхронизации (подробности — в подсказке к состоянию).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n never synced yet.</source>
        <translation>
            <numerusform>%n источник ещё ни разу не синхронизировался.</numerusform>
            <numerusform>%n источника ещё ни разу не синхронизировались.</numerusform>
            <numerusform>%n источников ещё ни разу не синхронизировались.</numerusform>
        </translation>
    </message>
    <message>
        <source>The source could not be changed:
%1</source>
        <translation>Не удалось изменить источник:
%1</translation>
    </message>
    <message>
        <source>Remove the source “%1”?</source>
        <translation>Удалить источник «%1»?</translation>
    </message>
    <message>
        <source>These are the starred articles of sources removed earlier: they are deleted from the cache, stars and notes included.</source>
        <translation>Это отмеченные статьи ранее удалённых источников: они будут удалены из кэша вместе с отметками и заметками.</translation>
    </message>
    <message>
        <source>Its articles are removed from the cache. Starred articles are kept.</source>
        <translation>Его статьи будут удалены из кэша. Отмеченные статьи сохранятся.</translation>
    </message>
    <message numerus="yes">
        <source>%n starred article(s) of this source will stay, under “Starred from removed sources”.</source>
        <translation>
            <numerusform>%n отмеченная статья этого источника останется в разделе «Отмеченные из удалённых источников».</numerusform>
            <numerusform>%n отмеченные статьи этого источника останутся в разделе «Отмеченные из удалённых источников».</numerusform>
            <numerusform>%n отмеченных статей этого источника останутся в разделе «Отмеченные из удалённых источников».</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Удаление источника</translation>
    </message>
    <message>
        <source>The source could not be removed:
%1</source>
        <translation>Не удалось удалить источник:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1”; its %n starred article(s) were kept.</source>
        <translation>
            <numerusform>Источник «%1» удалён; %n отмеченная статья сохранена.</numerusform>
            <numerusform>Источник «%1» удалён; %n отмеченные статьи сохранены.</numerusform>
            <numerusform>Источник «%1» удалён; %n отмеченных статей сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>Источник «%1» удалён.</translation>
    </message>
    <message>
        <source>OPML files (*.opml *.xml);;All files (*)</source>
        <translation>Файлы OPML (*.opml *.xml);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export sources</source>
        <translation>Экспорт источников</translation>
    </message>
    <message>
        <source>Import sources</source>
        <translation>Импорт источников</translation>
    </message>
    <message>
        <source>The file could not be imported:
%1</source>
        <translation>Не удалось импортировать файл:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new source(s).</source>
        <translation>
            <numerusform>Импортирован %n новый источник.</numerusform>
            <numerusform>Импортированы %n новых источника.</numerusform>
            <numerusform>Импортировано %n новых источников.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already there.</source>
        <translation>
            <numerusform>%n уже был в списке.</numerusform>
            <numerusform>%n уже были в списке.</numerusform>
            <numerusform>%n уже были в списке.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outline(s) could not be read.</source>
        <translation>
            <numerusform>%n запись OPML не удалось прочитать.</numerusform>
            <numerusform>%n записи OPML не удалось прочитать.</numerusform>
            <numerusform>%n записей OPML не удалось прочитать.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file could not be written:
%1</source>
        <translation>Не удалось записать файл:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n source(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n источник в %1.</numerusform>
            <numerusform>Экспортированы %n источника в %1.</numerusform>
            <numerusform>Экспортировано %n источников в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sources could not be read: %1</source>
        <translation>Не удалось прочитать список источников: %1</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>администратор</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>редактор</translation>
    </message>
    <message>
        <source>reader</source>
        <translation>читатель</translation>
    </message>
    <message>
        <source>no longer a member</source>
        <translation>больше не участник команды</translation>
    </message>
    <message>
        <source>Another change is still waiting for the team server&apos;s answer; try again in a moment.</source>
        <translation>Другое изменение ещё ждёт ответа сервера команды; попробуйте чуть позже.</translation>
    </message>
    <message>
        <source>Saving the change on the team server…</source>
        <translation>Изменение сохраняется на сервере команды…</translation>
    </message>
    <message>
        <source>The team server could not be reached, so nothing was changed. Try again when it is back: the status bar says when the reader is connected again.</source>
        <translation>Сервер команды недоступен, поэтому ничего не изменилось. Попробуйте снова, когда он вернётся: строка состояния покажет, когда связь восстановится.</translation>
    </message>
    <message>
        <source>The team server refused the change: your part on the team (%1) does not allow changing its sources. Nothing was changed; an admin can make you an editor.</source>
        <translation>Сервер команды отклонил изменение: ваша роль в команде (%1) не позволяет менять её источники. Ничего не изменилось; администратор может сделать вас редактором.</translation>
    </message>
    <message>
        <source>This source is no longer on the team server: another editor may have removed it.</source>
        <translation>Этого источника больше нет на сервере команды: возможно, его удалил другой редактор.</translation>
    </message>
    <message>
        <source>The team server did not take the change: %1</source>
        <translation>Сервер команды не принял изменение: %1</translation>
    </message>
    <message>
        <source>The cache is read-only, so the change was not sent to the team server.</source>
        <translation>Кэш доступен только для чтения, поэтому изменение не отправлено на сервер команды.</translation>
    </message>
    <message>
        <source>The change could not be made on the team server: %1</source>
        <translation>Не удалось внести изменение на сервере команды: %1</translation>
    </message>
    <message>
        <source>Added “%1” to the team&apos;s sources; the team&apos;s service fetches it.</source>
        <translation>«%1» добавлен в источники команды; его будет загружать служба команды.</translation>
    </message>
    <message>
        <source>Saved “%1” on the team server.</source>
        <translation>«%1» сохранён на сервере команды.</translation>
    </message>
    <message>
        <source>“%1” is synced for the team again.</source>
        <translation>«%1» снова синхронизируется для команды.</translation>
    </message>
    <message>
        <source>“%1” is no longer synced for the team.</source>
        <translation>«%1» больше не синхронизируется для команды.</translation>
    </message>
    <message numerus="yes">
        <source>Removed “%1” from the team&apos;s sources; %n starred article(s) were kept.</source>
        <translation>
            <numerusform>«%1» удалён из источников команды; %n отмеченная статья сохранена.</numerusform>
            <numerusform>«%1» удалён из источников команды; %n отмеченные статьи сохранены.</numerusform>
            <numerusform>«%1» удалён из источников команды; %n отмеченных статей сохранено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed “%1” from the team&apos;s sources.</source>
        <translation>«%1» удалён из источников команды.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n new source(s) into the team&apos;s sources.</source>
        <translation>
            <numerusform>В источники команды импортирован %n новый источник.</numerusform>
            <numerusform>В источники команды импортировано %n новых источника.</numerusform>
            <numerusform>В источники команды импортировано %n новых источников.</numerusform>
        </translation>
    </message>
    <message>
        <source>It shows here after the next exchange with the team server.</source>
        <translation>Здесь оно появится после следующего обмена с сервером команды.</translation>
    </message>
    <message>
        <source>Remove the source “%1” for the whole team?</source>
        <translation>Удалить источник «%1» для всей команды?</translation>
    </message>
    <message>
        <source>Its articles are removed from the team server and from every member&apos;s cache. Articles that any member starred are kept, under “Starred from removed sources”.</source>
        <translation>Его статьи будут удалены с сервера команды и из кэша каждого участника. Статьи, отмеченные кем-либо из участников, сохранятся в разделе «Отмеченные из удалённых источников».</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SourcesPresenter</name>
    <message>
        <source>The team&apos;s sources: an editor changes them on the team server.</source>
        <translation>Источники команды: их меняет редактор на сервере команды.</translation>
    </message>
    <message>
        <source>The team&apos;s sources: what you change here is changed on the team server, for every member.</source>
        <translation>Источники команды: то, что вы меняете здесь, меняется на сервере команды для всех участников.</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SyncPresenter</name>
    <message numerus="yes">
        <source>Syncing %n source(s)…</source>
        <translation>
            <numerusform>Синхронизация %n источника…</numerusform>
            <numerusform>Синхронизация %n источников…</numerusform>
            <numerusform>Синхронизация %n источников…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new article(s)</source>
        <translation>
            <numerusform>%1: %n новая статья</numerusform>
            <numerusform>%1: %n новые статьи</numerusform>
            <numerusform>%1: %n новых статей</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync could not start: %1</source>
        <translation>Синхронизация не запустилась: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sync stopped. %n new article(s) so far.</source>
        <translation>
            <numerusform>Синхронизация остановлена. Пока %n новая статья.</numerusform>
            <numerusform>Синхронизация остановлена. Пока %n новые статьи.</numerusform>
            <numerusform>Синхронизация остановлена. Пока %n новых статей.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no sources to sync yet. Add feeds with medtour-cli sources add URL, or the suggested list with medtour-cli sources add-defaults.</source>
        <translation>Источников для синхронизации пока нет. Добавьте ленты командой medtour-cli sources add URL или рекомендованный список командой medtour-cli sources add-defaults.</translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n new article(s).</source>
        <translation>
            <numerusform>Синхронизация завершена: %n новая статья.</numerusform>
            <numerusform>Синхронизация завершена: %n новые статьи.</numerusform>
            <numerusform>Синхронизация завершена: %n новых статей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show which sources failed, why, and what to try</source>
        <translation>Показать, какие источники не синхронизировались, почему и что попробовать</translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n new article(s). %1 source(s) failed; %2: %3</source>
        <translation>
            <numerusform>Синхронизация завершена: %n новая статья. Источников с ошибкой: %1; %2: %3</numerusform>
            <numerusform>Синхронизация завершена: %n новые статьи. Источников с ошибкой: %1; %2: %3</numerusform>
            <numerusform>Синхронизация завершена: %n новых статей. Источников с ошибкой: %1; %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) failed</source>
        <translation>
            <numerusform>%n источник с ошибкой</numerusform>
            <numerusform>%n источника с ошибкой</numerusform>
            <numerusform>%n источников с ошибкой</numerusform>
        </translation>
    </message>
    <message>
        <source>Finding the copies of each story: %1 of %2 articles…</source>
        <translation>Поиск копий каждого сюжета: %1 из %2 статей…</translation>
    </message>
    <message numerus="yes">
        <source>Found the copies of each story in %n article(s).</source>
        <translation>
            <numerusform>Копии сюжетов найдены: проверена %n статья.</numerusform>
            <numerusform>Копии сюжетов найдены: проверены %n статьи.</numerusform>
            <numerusform>Копии сюжетов найдены: проверено %n статей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new article(s); indexing them for search and finding copies…</source>
        <translation>
            <numerusform>%n новая статья; индексируем для поиска и ищем копии…</numerusform>
            <numerusform>%n новые статьи; индексируем для поиска и ищем копии…</numerusform>
            <numerusform>%n новых статей; индексируем для поиска и ищем копии…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Indexed %n article(s) for search.</source>
        <translation>
            <numerusform>Проиндексирована для поиска %n статья.</numerusform>
            <numerusform>Проиндексированы для поиска %n статьи.</numerusform>
            <numerusform>Проиндексировано для поиска %n статей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::SyncProblemsDialog</name>
    <message>
        <source>Sync problems</source>
        <translation>Проблемы синхронизации</translation>
    </message>
    <message>
        <source>These sources could not be synced. Their articles from earlier syncs are kept.</source>
        <translation>Эти источники не удалось синхронизировать. Их статьи из прошлых синхронизаций сохранены.</translation>
    </message>
    <message>
        <source>Sync these &amp;again</source>
        <translation>&amp;Повторить синхронизацию</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::TeamPresenter</name>
    <message>
        <source>Joining the team…</source>
        <translation>Подключение к команде…</translation>
    </message>
    <message>
        <source>Team: connecting…</source>
        <translation>Команда: подключение…</translation>
    </message>
    <message>
        <source>This cache is no longer joined to a team.</source>
        <translation>Этот кэш больше не подключён к команде.</translation>
    </message>
    <message>
        <source>Could not join the team: %1</source>
        <translation>Не удалось подключиться к команде: %1</translation>
    </message>
    <message numerus="yes">
        <source>Team: %n new or changed article(s).</source>
        <translation>
            <numerusform>Команда: %n новая или изменённая статья.</numerusform>
            <numerusform>Команда: %n новые или изменённые статьи.</numerusform>
            <numerusform>Команда: %n новых или изменённых статей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: connected</source>
        <translation>Команда: подключено</translation>
    </message>
    <message>
        <source>Team: offline since %1</source>
        <translation>Команда: нет связи с %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n изменение ждёт отправки</numerusform>
            <numerusform>%n изменения ждут отправки</numerusform>
            <numerusform>%n изменений ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as %2</source>
        <translation>%1 как %2</translation>
    </message>
    <message numerus="yes">
        <source>Joining the team… %n article(s) so far (the last %1 days first)</source>
        <translation>
            <numerusform>Подключение к команде… пока %n статья (сначала за последние %1 дней)</numerusform>
            <numerusform>Подключение к команде… пока %n статьи (сначала за последние %1 дней)</numerusform>
            <numerusform>Подключение к команде… пока %n статей (сначала за последние %1 дней)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::TeamSettings</name>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Подключиться</translation>
    </message>
    <message>
        <source>&amp;Leave the team…</source>
        <translation>&amp;Выйти из команды…</translation>
    </message>
    <message>
        <source>The team&apos;s PostgreSQL server and database. Use sslmode=verify-full for a server on another machine.</source>
        <translation>Сервер PostgreSQL и база данных команды. Для сервера на другом компьютере используйте sslmode=verify-full.</translation>
    </message>
    <message>
        <source>Kept in your password file (readable by you alone), never in the settings.</source>
        <translation>Хранится в вашем файле паролей (доступном только вам), а не в настройках.</translation>
    </message>
    <message>
        <source>This cache is joined to %1 as %2 (%3). The team&apos;s sync service fetches the sources; new articles arrive here within moments, and your stars, read marks and notes go to the server, also after working offline.</source>
        <translation>Этот кэш подключён к %1 как %2 (%3). Источники загружает служба синхронизации команды; новые статьи приходят сюда сразу, а ваши звёздочки, отметки о прочтении и заметки уходят на сервер, в том числе после работы без сети.</translation>
    </message>
    <message>
        <source>Join your office&apos;s team server to read what its sync service fetched, share notes, and keep working offline. The articles now in this cache are replaced by the team&apos;s; your stars, notes and read marks are kept.</source>
        <translation>Подключитесь к серверу команды вашего офиса, чтобы читать то, что загрузила служба синхронизации, делиться заметками и работать без сети. Статьи в этом кэше заменятся статьями команды; ваши звёздочки, заметки и отметки о прочтении сохранятся.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>Участник:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Joining… the articles of the last 90 days come first, the rest after.</source>
        <translation>Подключение… сначала приходят статьи за последние 90 дней, остальные потом.</translation>
    </message>
    <message>
        <source>Leave the team</source>
        <translation>Выйти из команды</translation>
    </message>
    <message>
        <source>This cache stops receiving the team&apos;s articles and keeps those it has as your own. Changes not yet sent to the server stay here. Leave the team?</source>
        <translation>Этот кэш перестанет получать статьи команды и сохранит имеющиеся как ваши. Изменения, ещё не отправленные на сервер, останутся здесь. Выйти из команды?</translation>
    </message>
    <message>
        <source>The server is written as host/database, for example server.example.org/medtour.</source>
        <translation>Сервер указывается как хост/база, например server.example.org/medtour.</translation>
    </message>
    <message>
        <source>Enter your member name.</source>
        <translation>Введите имя участника.</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::TrayNotifier</name>
    <message>
        <source>Medtour Reader</source>
        <translation>Medtour Reader</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::TrendView</name>
    <message>
        <source>No market is mentioned in the articles of these weeks under the current filters.</source>
        <translation>В статьях этих недель под текущими фильтрами не упоминается ни один рынок.</translation>
    </message>
    <message numerus="yes">
        <source>%1, week of %2: %n article(s)</source>
        <translation>
            <numerusform>%1, неделя с %2: %n статья</numerusform>
            <numerusform>%1, неделя с %2: %n статьи</numerusform>
            <numerusform>%1, неделя с %2: %n статей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>The server asked us to wait until %1.</source>
        <translation>Сервер попросил подождать до %1.</translation>
    </message>
    <message>
        <source>The source is synced again after that time; nothing else to do.</source>
        <translation>После этого времени источник будет синхронизирован снова; больше ничего делать не нужно.</translation>
    </message>
    <message>
        <source>The server received too many requests from us.</source>
        <translation>Сервер получил от нас слишком много запросов.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Повторите попытку позже.</translation>
    </message>
    <message>
        <source>The server is overloaded or down for maintenance.</source>
        <translation>Сервер перегружен или закрыт на обслуживание.</translation>
    </message>
    <message>
        <source>The feed address no longer exists.</source>
        <translation>Адрес ленты больше не существует.</translation>
    </message>
    <message>
        <source>Check the address or look for the feed on the site.</source>
        <translation>Проверьте адрес или найдите ленту на сайте.</translation>
    </message>
    <message>
        <source>The server refused access to the feed.</source>
        <translation>Сервер отказал в доступе к ленте.</translation>
    </message>
    <message>
        <source>The feed may need a login or may block readers; look for a public feed on the site.</source>
        <translation>Возможно, лента требует входа или блокирует программы чтения; найдите на сайте общедоступную ленту.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1).</source>
        <translation>На сервере произошла внутренняя ошибка (HTTP %1).</translation>
    </message>
    <message>
        <source>This is usually temporary; try again later.</source>
        <translation>Обычно это временно; повторите попытку позже.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Сервер отклонил запрос (HTTP %1).</translation>
    </message>
    <message>
        <source>Check the address of the source.</source>
        <translation>Проверьте адрес источника.</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer (HTTP %1).</source>
        <translation>Сервер вернул неожиданный ответ (HTTP %1).</translation>
    </message>
    <message>
        <source>Try again later; if it persists, check the address.</source>
        <translation>Повторите попытку позже; если ошибка не исчезнет, проверьте адрес.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Не удалось связаться с сервером.</translation>
    </message>
    <message>
        <source>Check your internet connection and the address, then sync again.</source>
        <translation>Проверьте подключение к интернету и адрес, затем синхронизируйте снова.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: its certificate is not valid or not trusted.</source>
        <translation>Не удалось установить защищённое соединение с сервером: его сертификат недействителен или не является доверенным.</translation>
    </message>
    <message>
        <source>Check the address; if the site opens in a browser, try again later.</source>
        <translation>Проверьте адрес; если сайт открывается в браузере, повторите попытку позже.</translation>
    </message>
    <message>
        <source>The feed is larger than the size limit.</source>
        <translation>Лента превышает ограничение по размеру.</translation>
    </message>
    <message>
        <source>Look for a smaller feed on the site, such as one for a single section.</source>
        <translation>Найдите на сайте ленту поменьше, например ленту отдельного раздела.</translation>
    </message>
    <message>
        <source>This address is a web page, not a feed.</source>
        <translation>Этот адрес ведёт на веб-страницу, а не на ленту.</translation>
    </message>
    <message>
        <source>Use Add feed → Find feeds in File → Sources to find the site&apos;s feed, and add that instead.</source>
        <translation>Найдите ленту сайта через «Добавить ленту» → «Найти ленты» и добавьте её вместо этого адреса.</translation>
    </message>
    <message>
        <source>The address did not return a feed that can be read.</source>
        <translation>По этому адресу не удалось получить ленту, пригодную для чтения.</translation>
    </message>
    <message>
        <source>Check that it points to an RSS, Atom or JSON feed.</source>
        <translation>Проверьте, что адрес указывает на ленту RSS, Atom или JSON.</translation>
    </message>
    <message>
        <source>The address redirects in a way that is not followed (a loop, too many steps, or to an insecure address).</source>
        <translation>Адрес перенаправляет так, что переход не выполняется (цикл, слишком много шагов или переход на незащищённый адрес).</translation>
    </message>
    <message>
        <source>Open it in a browser and use the address it ends at.</source>
        <translation>Откройте его в браузере и используйте адрес, на котором окажетесь в итоге.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <source>Free some space and sync again.</source>
        <translation>Освободите место и синхронизируйте снова.</translation>
    </message>
    <message>
        <source>The new articles could not be saved in the cache.</source>
        <translation>Не удалось сохранить новые статьи в кэше.</translation>
    </message>
    <message>
        <source>Sync again; if it keeps failing, restart the reader.</source>
        <translation>Синхронизируйте снова; если ошибка повторяется, перезапустите программу.</translation>
    </message>
    <message>
        <source>The address of the source is not a web address (http or https).</source>
        <translation>Адрес источника не является веб-адресом (http или https).</translation>
    </message>
    <message>
        <source>Edit the source and correct its address.</source>
        <translation>Измените источник и исправьте его адрес.</translation>
    </message>
    <message>
        <source>The source was removed while it was being synced.</source>
        <translation>Источник был удалён во время синхронизации.</translation>
    </message>
    <message>
        <source>The sync was stopped before this source finished.</source>
        <translation>Синхронизация была остановлена до завершения этого источника.</translation>
    </message>
    <message>
        <source>Sync again to fetch it.</source>
        <translation>Синхронизируйте снова, чтобы загрузить его.</translation>
    </message>
    <message>
        <source>The source could not be synced.</source>
        <translation>Не удалось синхронизировать источник.</translation>
    </message>
    <message>
        <source>No links to articles were found on this page.</source>
        <translation>На этой странице не найдено ссылок на статьи.</translation>
    </message>
    <message>
        <source>Use the address of the site&apos;s news list (a section or a press-release board), not its home page or a single article.</source>
        <translation>Укажите адрес списка новостей сайта (раздел или доска пресс-релизов), а не главную страницу и не отдельную статью.</translation>
    </message>
    <message>
        <source>The cache is read-only, so nothing can be saved in it.</source>
        <translation>Кэш доступен только для чтения, в нём ничего нельзя сохранить.</translation>
    </message>
    <message>
        <source>Make the cache file and its folder writable (or free some space), then sync again.</source>
        <translation>Разрешите запись в файл кэша и его папку (или освободите место на диске) и синхронизируйте снова.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Medtour Reader</source>
        <translation>Medtour Reader</translation>
    </message>
    <message>
        <source>A news reader for medical tourism.</source>
        <translation>Читалка новостей о медицинском туризме.</translation>
    </message>
    <message>
        <source>Open the cache at &lt;path&gt;.</source>
        <translation>Открыть кэш по пути &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Open the window, check that it lists articles, and quit.</source>
        <translation>Открыть окно, проверить, что в нём есть статьи, и выйти.</translation>
    </message>
    <message>
        <source>The article cache could not be opened.

%1

Check that the folder exists and is writable, or start with --db and another file.</source>
        <translation>Не удалось открыть кэш статей.

%1

Проверьте, что папка существует и доступна для записи, или запустите с --db и другим файлом.</translation>
    </message>
    <message numerus="yes">
        <source>The article cache was damaged, so a new one was built.

%n article(s) could be read back from the damaged file, and your stars, notes and read marks were restored from it and from their backup. Articles that could not be read come back with the next sync.

The damaged file was kept as:
%1</source>
        <translation>
            <numerusform>Кэш статей был повреждён, поэтому создан новый.

Из повреждённого файла удалось прочитать %n статью, а ваши отметки, заметки и прочитанное восстановлены из него и из резервной копии. Статьи, которые не удалось прочитать, вернутся при следующей синхронизации.

Повреждённый файл сохранён как:
%1</numerusform>
            <numerusform>Кэш статей был повреждён, поэтому создан новый.

Из повреждённого файла удалось прочитать %n статьи, а ваши отметки, заметки и прочитанное восстановлены из него и из резервной копии. Статьи, которые не удалось прочитать, вернутся при следующей синхронизации.

Повреждённый файл сохранён как:
%1</numerusform>
            <numerusform>Кэш статей был повреждён, поэтому создан новый.

Из повреждённого файла удалось прочитать %n статей, а ваши отметки, заметки и прочитанное восстановлены из него и из резервной копии. Статьи, которые не удалось прочитать, вернутся при следующей синхронизации.

Повреждённый файл сохранён как:
%1</numerusform>
        </translation>
    </message>
</context>
</TS>
