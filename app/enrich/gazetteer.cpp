// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include <algorithm>
#include <deque>

namespace Medtour {

void Gazetteer::addPattern(QStringView pattern, int entry)
{
    if (pattern.isEmpty())
        return;
    int node = 0;
    for (const QChar qc : pattern) {
        const char16_t c = qc.unicode();
        auto &edges = m_building[size_t(node)].edges;
        auto it = std::find_if(edges.begin(), edges.end(), [c](const Edge &e) { return e.c == c; });
        if (it != edges.end()) {
            node = it->target;
            continue;
        }
        const int next = int(m_building.size());
        edges.push_back(Edge{c, next});
        m_building.emplace_back();
        node = next;
    }
    auto &outputs = m_building[size_t(node)].outputs;
    const Output out{entry, int(pattern.size())};
    if (std::none_of(outputs.begin(), outputs.end(),
                     [&out](const Output &o) { return o.entry == out.entry && o.length == out.length; })) {
        outputs.push_back(out);
        ++m_patternCount;
    }
}

int Gazetteer::child(int node, char16_t c) const
{
    if (node == 0)
        return m_rootNext[c];
    const Node &n = m_nodes[size_t(node)];
    const Edge *first = m_edges.data() + n.edgeBegin;
    const Edge *last = first + n.edgeCount;
    const Edge *it = std::lower_bound(first, last, c, [](const Edge &e, char16_t v) { return e.c < v; });
    return it != last && it->c == c ? it->target : -1;
}

int Gazetteer::step(int node, char16_t c) const
{
    for (;;) {
        const int next = child(node, c);
        if (next >= 0)
            return next;
        if (node == 0)
            return 0;
        node = m_nodes[size_t(node)].fail;
    }
}

void Gazetteer::build()
{
    const size_t count = m_building.size();
    m_nodes.assign(count, Node{});
    m_edges.clear();
    m_outputs.clear();
    for (size_t i = 0; i < count; ++i) {
        auto &edges = m_building[i].edges;
        std::sort(edges.begin(), edges.end(), [](const Edge &a, const Edge &b) { return a.c < b.c; });
        m_nodes[i].edgeBegin = int(m_edges.size());
        m_nodes[i].edgeCount = int(edges.size());
        m_edges.insert(m_edges.end(), edges.begin(), edges.end());
        m_nodes[i].outputBegin = int(m_outputs.size());
        m_nodes[i].outputCount = int(m_building[i].outputs.size());
        m_outputs.insert(m_outputs.end(), m_building[i].outputs.begin(), m_building[i].outputs.end());
    }
    // A missing root edge means "stay at the root" (0); -1 is never returned for the root.
    m_rootNext.assign(0x10000, 0);
    for (const Edge &e : m_building[0].edges)
        m_rootNext[e.c] = e.target;

    std::deque<int> queue;
    for (const Edge &e : m_building[0].edges) {
        m_nodes[size_t(e.target)].fail = 0;
        queue.push_back(e.target);
    }
    while (!queue.empty()) {
        const int node = queue.front();
        queue.pop_front();
        for (const Edge &e : m_building[size_t(node)].edges) {
            // The root answers every character, so this ends; the target is shallower than e.target.
            int f = m_nodes[size_t(node)].fail;
            int target = child(f, e.c);
            while (target < 0) {
                f = m_nodes[size_t(f)].fail;
                target = child(f, e.c);
            }
            Node &n = m_nodes[size_t(e.target)];
            n.fail = target;
            const Node &failNode = m_nodes[size_t(target)];
            n.outputLink = failNode.outputCount > 0 ? target : failNode.outputLink;
            queue.push_back(e.target);
        }
    }
    m_building.clear();
    m_building.shrink_to_fit();
}

void Gazetteer::scan(QStringView text, QList<Hit> &hits) const
{
    if (m_nodes.empty())
        return;
    int node = 0;
    const int size = int(text.size());
    for (int i = 0; i < size; ++i) {
        node = step(node, text[i].unicode());
        for (int out = m_nodes[size_t(node)].outputCount > 0 ? node : m_nodes[size_t(node)].outputLink; out > 0;
             out = m_nodes[size_t(out)].outputLink) {
            const Node &n = m_nodes[size_t(out)];
            for (int k = 0; k < n.outputCount; ++k) {
                const Output &o = m_outputs[size_t(n.outputBegin + k)];
                hits.append(Hit{o.entry, i + 1 - o.length, i + 1});
            }
        }
    }
}

} // namespace Medtour
