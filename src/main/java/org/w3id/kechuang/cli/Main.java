package org.w3id.kechuang.cli;
public class Main { public static void main(String[] a) {} }
