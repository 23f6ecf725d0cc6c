# Installs the program the way Linux desktop programs are laid out (GNUInstallDirs):
# the executable, the window and saved-connections programs it execs in a private libexec
# folder, its desktop entry,
# a scalable icon in the hicolor theme and AppStream data.
install(TARGETS credential-connect RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS credential-connect-window credential-connect-saved
    RUNTIME DESTINATION ${credential_connect_libexec_dir})
install(FILES ${PROJECT_SOURCE_DIR}/resources/${CREDENTIAL_CONNECT_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/credential-connect.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
    RENAME ${CREDENTIAL_CONNECT_APP_ID}.svg)

# The release entry carries the project version, so the version lives in one place.
configure_file(${PROJECT_SOURCE_DIR}/resources/${CREDENTIAL_CONNECT_APP_ID}.metainfo.xml
    ${PROJECT_BINARY_DIR}/${CREDENTIAL_CONNECT_APP_ID}.metainfo.xml @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/${CREDENTIAL_CONNECT_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/README.md
    DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Watch my connections: a systemd user timer and its service (resources/systemd), off until the
# person turns the timer on (app/gui/watchschedule.h). They go where systemd looks for the
# units of every user: lib/systemd/user under the prefix (/usr/lib/systemd/user, or
# /usr/local/lib/systemd/user), never the multiarch CMAKE_INSTALL_LIBDIR, which systemd does not
# search. The service runs the installed program, so the units are written while installing,
# with the prefix of that install (cmake --install --prefix, cpack), not the one configured.
set(watch_units ${CREDENTIAL_CONNECT_WATCH_UNIT}.service ${CREDENTIAL_CONNECT_WATCH_UNIT}.timer)
install(CODE "
    set(WATCH_PROGRAM \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/credential-connect\")
    set(WATCH_DOC_DIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DOCDIR}\")
    foreach(unit ${watch_units})
        configure_file(\"${PROJECT_SOURCE_DIR}/resources/systemd/\${unit}.in\"
            \"${PROJECT_BINARY_DIR}/systemd/\${unit}\" @ONLY)
    endforeach()")
list(TRANSFORM watch_units PREPEND ${PROJECT_BINARY_DIR}/systemd/)
install(FILES ${watch_units} DESTINATION lib/systemd/user)
