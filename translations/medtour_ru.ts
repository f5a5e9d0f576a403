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
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
</context>
<context>
    <name>Medtour::Ui::FilterPanel</name>
    <message>
        <source>Filter articles (e.g. 대전 몽골, Kazakhstan)</source>
        <translation>Фильтр статей (напр. 대전 몽골, Казахстан)</translation>
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
        <source>&amp;Star / Unstar</source>
        <translation>&amp;Отметить звёздочкой / снять</translation>
    </message>
    <message>
        <source>Mark &amp;Read / Unread</source>
        <translation>Прочитано / не п&amp;рочитано</translation>
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
        <source>The article cache could not be opened.

%1</source>
        <translation>Не удалось открыть кэш статей.

%1</translation>
    </message>
</context>
</TS>
