/** docs/api.md's guide as a module of a user's application. */
module io.github.jingdu.guide {
    requires io.github.jingdu.core;
    requires org.xerial.sqlitejdbc;
}
