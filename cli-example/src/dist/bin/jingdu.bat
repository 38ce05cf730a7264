@echo off
rem Runs the jingdu command of this distribution with the java of JAVA_HOME, or the one on the
rem PATH (Java 17 or newer). JAVA_OPTS goes to the JVM.
setlocal
set "JINGDU_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" %JAVA_OPTS% -cp "%JINGDU_HOME%\lib\*" io.github.jingdu.cli.Jingdu %*
exit /b %ERRORLEVEL%
