-- SPDX-License-Identifier: GPL-3.0-or-later
-- Re-cluster every article once, with clustering that cannot chain (issue 20). Clusters built
-- before grew by chains of look-alikes: one could hold thousands of unrelated stories, so
-- "copies" counts were wrong and "Each story once" hid stories. Those clusters and the signatures
-- they were built from (an older format, without the articles' named entities) go. The articles,
-- now without a signature, are placed again off the GUI thread by ArticleEnricher::
-- placeUnplaced(): the reader does it on its sync thread at start with progress, medtour-cli
-- before a command that stores articles or prints clusters, in short transactions either way.

DELETE FROM article_signatures;

UPDATE articles SET cluster_id = NULL WHERE cluster_id IS NOT NULL;

DELETE FROM clusters;
