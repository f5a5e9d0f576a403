// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <vector>

namespace Medtour {

/// An Aho–Corasick automaton over UTF-16 code units: every pattern occurrence in one pass,
/// whatever the number of patterns. Korean writes particles straight after nouns (대전시는,
/// 카자흐스탄에서), so matching is by substring; the tagger applies boundary rules afterwards.
/// Build once, then scan from any number of threads (scan is const).
class Gazetteer final
{
public:
    struct Hit
    {
        int entry; ///< the value given to addPattern
        int start; ///< first code unit
        int end;   ///< one past the last code unit
    };

    /// Adds a pattern (already folded). Empty patterns are ignored. Call before build().
    void addPattern(QStringView pattern, int entry);
    void build();

    /// Appends every occurrence of every pattern to hits, in order of their end position.
    void scan(QStringView text, QList<Hit> &hits) const;

    int patternCount() const { return m_patternCount; }

private:
    struct Node
    {
        int fail = 0;
        int outputLink = -1; ///< nearest node on the fail chain that has outputs, or -1
        int edgeBegin = 0;
        int edgeCount = 0;
        int outputBegin = 0;
        int outputCount = 0;
    };
    struct Edge
    {
        char16_t c;
        int target;
    };
    struct Output
    {
        int entry;
        int length;
    };

    int child(int node, char16_t c) const;
    int step(int node, char16_t c) const;

    // Construction state (trie with unsorted edges), flattened by build().
    struct BuildNode
    {
        std::vector<Edge> edges;
        std::vector<Output> outputs;
    };
    std::vector<BuildNode> m_building{BuildNode{}};

    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<Output> m_outputs;
    std::vector<int> m_rootNext; ///< direct table for the root: 65536 entries
    int m_patternCount = 0;
};

} // namespace Medtour
