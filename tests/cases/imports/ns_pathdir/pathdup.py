WHERE = "ns_pathdir"
