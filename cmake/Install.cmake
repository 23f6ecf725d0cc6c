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
