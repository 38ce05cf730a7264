// The project is a git repository of its own, as a notes repository is: otherwise it would lie
// inside Jingdu's own work tree, under a target/ that Jingdu's .gitignore leaves out, and the
// plugin would leave every note out with it.
def git = ['git', 'init', '-q', basedir.path].execute()
git.waitFor()
assert git.exitValue() == 0 : git.err.text
