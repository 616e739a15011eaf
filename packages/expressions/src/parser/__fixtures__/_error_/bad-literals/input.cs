@{
    var s = "tab\q and newline
    var c = 'ab';
    var n = 0x;
    return $"{}" + 1_ ;
}
