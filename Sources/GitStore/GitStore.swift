import Clibgit2
import ISMSCore

private let libgit2Bootstrap: Int32 = git_libgit2_init()
