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
</context>
<context>
    <name>Medtour::Export::ReportRenderer</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
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
        <source>Articles arrive when your sources are synchronised. To look around first, load the built-in sample: 34 short Korean and English medical-tourism stories that you can filter, star and delete like any other.</source>
        <translation>Статьи появятся после синхронизации источников. Чтобы сначала осмотреться, загрузите встроенный пример: 34 коротких новости о медицинском туризме на корейском и английском, которые можно фильтровать, отмечать и удалять, как любые другие.</translation>
    </message>
    <message>
        <source>Load the sample articles</source>
        <translation>Загрузить пример статей</translation>
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
</context>
<context>
    <name>Medtour::Ui::FilterPanel</name>
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
        <source>Event types</source>
        <translation>Типы событий</translation>
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
        <source>&amp;Export to PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
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
    <name>Medtour::Ui::SyncPresenter</name>
    <message>
        <source>Stop s&amp;ync</source>
        <translation>Остановить с&amp;инхронизацию</translation>
    </message>
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
        <source>S&amp;ync now</source>
        <translation>&amp;Синхронизировать</translation>
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
        <source>Sync done: %n new article(s). %1 source(s) failed; %2 says: %3</source>
        <translation>
            <numerusform>Синхронизация завершена: %n новая статья. Ошибок в источниках: %1; %2 сообщает: %3</numerusform>
            <numerusform>Синхронизация завершена: %n новые статьи. Ошибок в источниках: %1; %2 сообщает: %3</numerusform>
            <numerusform>Синхронизация завершена: %n новых статей. Ошибок в источниках: %1; %2 сообщает: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sync done: %n new article(s).</source>
        <translation>
            <numerusform>Синхронизация завершена: %n новая статья.</numerusform>
            <numerusform>Синхронизация завершена: %n новые статьи.</numerusform>
            <numerusform>Синхронизация завершена: %n новых статей.</numerusform>
        </translation>
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
