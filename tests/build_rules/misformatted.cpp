// Formatted against .clang-format on purpose: the CTest entry "the format
// check refuses a misformatted file" expects check_format.cmake to refuse it.
int   misformatted( int a,int b ){return a+b;}
