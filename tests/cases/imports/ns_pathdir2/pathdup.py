WHERE = "ns_pathdir2"
