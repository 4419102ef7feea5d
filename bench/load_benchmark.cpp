int main() { return 0; }  // placeholder: the loader's owner writes the benchmark
