// The project is a git repository of its own (as a notes repository is), whose .gitignore leaves
// out notes/scratch/: its draft has a warning, so lint's "0 warnings in 1 file" and convert's
// "1 note" in verify.groovy say it was left out. The .gitignore is written here because the
// invoker, like Maven, does not copy one into the test's folder.
new File(basedir, '.gitignore').text = 'notes/scratch/\n'
def git = ['git', 'init', '-q', basedir.path].execute()
git.waitFor()
assert git.exitValue() == 0 : git.err.text
