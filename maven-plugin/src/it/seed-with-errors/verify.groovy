// The build failed (invoker checks that); here: that it failed for the seed's errors, named.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] [^\n]*003_ab445b9359c57aa7\.txt:24:1: literal-without-free /
assert log =~ /\[ERROR\] [^\n]*003_ab445b9359c57aa7\.txt:25:1: template-placeholder /
assert log =~ /\[ERROR\] [^\n]*003_ab445b9359c57aa7\.txt:116:53: truncated-text /
assert log =~ /\[WARNING\] [^\n]*003_ab445b9359c57aa7\.txt:9:1: unrendered-emphasis /
assert log.contains('jingdu:lint: 3 errors, 4 warnings in 1 file')
