print("exec mod_cache_once")
import sys
runs = getattr(sys, "_cache_once_runs", 0) + 1
sys._cache_once_runs = runs
state = []
