"""Times networkx on the same edge list as bench/GraphBench.java (tab-separated source, target, weight)."""
import sys, time
import networkx as nx

path, sample = sys.argv[1], int(sys.argv[2])
G = nx.Graph()
with open(path) as f:
    for line in f:
        u, v, w = line.rstrip("\n").split("\t")
        G.add_edge(u, v, weight=float(w), distance=1.0 / float(w))
print("nodes", G.number_of_nodes(), "edges", G.number_of_edges())

def timed(name, fn):
    # best of up to 5 calls, stopping once 2 s have been spent (same rule as GraphBench.java)
    best, spent, out, i = float("inf"), 0.0, None, 0
    while i < 5 and spent < 2:
        t0 = time.perf_counter()
        out = fn()
        s = time.perf_counter() - t0
        best, spent, i = min(best, s), spent + s, i + 1
    print(f"{name} {best:.4f}")
    return out

timed("degree", lambda: (dict(G.degree()), dict(G.degree(weight="weight"))))
timed("pagerank", lambda: nx.pagerank(G, alpha=0.85, weight="weight"))
timed("eigenvector", lambda: nx.eigenvector_centrality(G, weight="weight", max_iter=1000))
comms = timed("louvain", lambda: nx.community.louvain_communities(G, weight="weight", seed=1))
print("communities", len(comms), "modularity", nx.community.modularity(G, comms, weight="weight"))
if sample <= 0 or sample >= G.number_of_nodes():
    timed("betweenness", lambda: nx.betweenness_centrality(G, weight="distance"))
else:
    timed("betweenness", lambda: nx.betweenness_centrality(G, k=sample, weight="distance", seed=1))
